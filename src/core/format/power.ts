// Power figures: a value and its unit in, text for the chart ("> 240 MW") or for reading aloud
// ("plus de 240 mégawatts") out, with the unit scaled so the figures stay short (1.2 GW, not 1200 MW).
import { languageOf, type Language } from './locale.js';
import { formatNumber, fractionDigitsFor, pluralRule } from './number.js';

export const POWER_UNITS = ['W', 'kW', 'MW', 'GW', 'TW'] as const;
export type PowerUnit = (typeof POWER_UNITS)[number];

const EXPONENT: Record<PowerUnit, number> = { W: 0, kW: 3, MW: 6, GW: 9, TW: 12 };

const UNIT_NAMES: Record<Language, Record<PowerUnit, string>> = {
  en: { W: 'watt', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', TW: 'terawatt' },
  fr: { W: 'watt', kW: 'kilowatt', MW: 'mégawatt', GW: 'gigawatt', TW: 'térawatt' },
  ja: { W: 'ワット', kW: 'キロワット', MW: 'メガワット', GW: 'ギガワット', TW: 'テラワット' },
};

export function convertPower(value: number, from: PowerUnit, to: PowerUnit): number {
  return value * 10 ** (EXPONENT[from] - EXPONENT[to]);
}

/** The largest unit in which `value` (given in `unit`) is still at least 1: 1200 MW reads as GW. */
export function displayUnitFor(value: number, unit: PowerUnit): PowerUnit {
  const watts = convertPower(value, unit, 'W');
  let best: PowerUnit = 'W';
  for (const candidate of POWER_UNITS) {
    if (watts >= 10 ** EXPONENT[candidate]) best = candidate;
  }
  return best;
}

export interface PowerOptions {
  /** The figure is a floor: "> 240 MW", "more than 240 megawatts". */
  moreThan?: boolean;
  /** Unit written as words for reading aloud instead of its symbol. */
  long?: boolean;
}

/** Formats `value` (already in `unit`) for `locale`. */
export function formatPower(
  value: number,
  unit: PowerUnit,
  locale: string,
  options: PowerOptions = {},
): string {
  // A figure below 0.1 reads in the smaller unit where it is at least 1: on a scale in terawatts a
  // 1 W stage reads "1 W", not "0 TW" (two fraction digits round it away). From 0.1 up, two
  // fraction digits keep it within 5%, and "0.5 GW" stays in the unit of its neighbours.
  if (value > 0 && value < 0.1) {
    const smaller = displayUnitFor(value, unit);
    if (smaller !== unit)
      return formatPower(convertPower(value, unit, smaller), smaller, locale, options);
  }
  const figure = formatNumber(value, locale);
  if (!options.long) {
    const text = `${figure}\u00a0${unit}`;
    return options.moreThan ? `>\u00a0${text}` : text;
  }
  const language = languageOf(locale);
  const name = UNIT_NAMES[language][unit];
  if (language === 'ja') return `${figure}${name}${options.moreThan ? '超' : ''}`;
  // Choose the plural from the figure as printed: 0.999 prints "1" and reads "1 gigawatt".
  const printed = Number(value.toFixed(fractionDigitsFor(value)));
  const plural = pluralRule(locale).select(printed) === 'one' ? '' : 's';
  const text = `${figure}\u00a0${name}${plural}`;
  if (!options.moreThan) return text;
  return language === 'fr' ? `plus de ${text}` : `more than ${text}`;
}
