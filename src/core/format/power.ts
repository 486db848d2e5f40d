// Power figures: a value and its unit in, text for the chart ("> 240 MW", "plus de 240 MW",
// "240MW超") or for reading aloud ("plus de 240 mégawatts") out; and the unit an author wrote
// ("kw", "mégawatts", "メガワット") read as the unit it names.
import { issue, showValue, type Parsed } from '../data/issues.js';
import { languageOf, type Language } from './locale.js';
import { formatFigure, fractionDigitsFor, isOne, type FigureOptions } from './number.js';

export const POWER_UNITS = ['W', 'kW', 'MW', 'GW', 'TW'] as const;
export type PowerUnit = (typeof POWER_UNITS)[number];

const EXPONENT: Record<PowerUnit, number> = { W: 0, kW: 3, MW: 6, GW: 9, TW: 12 };

const UNIT_NAMES: Record<Language, Record<PowerUnit, string>> = {
  en: { W: 'watt', kW: 'kilowatt', MW: 'megawatt', GW: 'gigawatt', TW: 'terawatt' },
  fr: { W: 'watt', kW: 'kilowatt', MW: 'mégawatt', GW: 'gigawatt', TW: 'térawatt' },
  ja: { W: 'ワット', kW: 'キロワット', MW: 'メガワット', GW: 'ギガワット', TW: 'テラワット' },
};

/** Case, accents, full-width letters and surrounding space do not change what a unit means. */
function spelling(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .trim()
    .toLowerCase();
}

// Every spelling an author plainly means: symbols, English and French names (singular and plural,
// with or without accents), Japanese names. "mW" reads as MW: nobody charts a data centre in milliwatts.
const SPELLINGS = new Map<string, PowerUnit>(
  POWER_UNITS.flatMap((unit) => {
    const names = [UNIT_NAMES.en[unit], UNIT_NAMES.fr[unit]].flatMap((n) => [n, `${n}s`]);
    return [unit, ...names, UNIT_NAMES.ja[unit]].map((s) => [spelling(s), unit] as const);
  }),
);

/** The unit `text` names, however it is written; undefined when it names none. */
export function powerUnitOf(text: string): PowerUnit | undefined {
  return SPELLINGS.get(spelling(text));
}

const UNIT_HELP =
  'a power unit: W, kW, MW, GW or TW, or its name (megawatts, mégawatts, メガワット)';

/**
 * Reads a unit attribute: absent gives `fallback` (nothing was said); a unit in any accepted spelling
 * gives that unit; anything else is an error, since drawing it in another unit would print a false figure.
 */
export function parsePowerUnit<T extends string = never>(
  attribute: string,
  raw: unknown,
  fallback: PowerUnit | T,
  extra: readonly T[] = [],
): Parsed<PowerUnit | T | undefined> {
  if (raw === undefined || raw === null || raw === '') return { value: fallback, issues: [] };
  const text = typeof raw === 'string' ? spelling(raw) : undefined;
  const found =
    text === undefined ? undefined : (extra.find((e) => e === text) ?? powerUnitOf(text));
  if (found !== undefined) return { value: found, issues: [] };
  const also = extra.length > 0 ? ` (or ${extra.join(', ')})` : '';
  const message = `${attribute} must be ${UNIT_HELP}${also}; got ${showValue(raw)}`;
  return { value: undefined, issues: [issue(attribute, raw, message)] };
}

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
  /** The figure is a floor: "> 240 MW", "plus de 240 MW", "240MW超", "more than 240 megawatts". */
  moreThan?: boolean;
  /** Unit written as words for reading aloud instead of its symbol. */
  long?: boolean;
  /** A figure below 0.1 may move to the smaller unit where it reads at least 1 (only on an `auto` scale). */
  rescale?: boolean;
}

/** Digits that keep a figure honest: 1.25, 12.5, 125; three significant digits below 0.1 (0.0125). */
function digitsFor(value: number): FigureOptions {
  const size = Math.abs(value);
  return size > 0 && size < 0.1
    ? { maximumSignificantDigits: 3 }
    : { maximumFractionDigits: fractionDigitsFor(value) };
}

/** `value` as it will be printed, for choosing the plural: 0.999 prints "1" and reads "1 gigawatt". */
export function printedPower(value: number): number {
  return Number(formatFigure(value, 'en', { ...digitsFor(value), useGrouping: false }));
}

/** Formats `value` (already in `unit`) for `locale`, in `unit` unless `rescale` allows a smaller one. */
export function formatPower(
  value: number,
  unit: PowerUnit,
  locale: string,
  options: PowerOptions = {},
): string {
  // On an auto scale in terawatts a 1 W stage reads "1 W", not "0 TW" or "0.000000000001 TW".
  if (options.rescale && value > 0 && value < 0.1) {
    const smaller = displayUnitFor(value, unit);
    if (smaller !== unit)
      return formatPower(convertPower(value, unit, smaller), smaller, locale, options);
  }
  const figure = formatFigure(value, locale, digitsFor(value));
  const language = languageOf(locale);
  if (!options.long) return shortPower(figure, unit, language, options.moreThan);
  const name = UNIT_NAMES[language][unit];
  if (language === 'ja') return `${figure}${name}${options.moreThan ? '超' : ''}`;
  const plural = isOne(printedPower(value), locale) ? '' : 's';
  const text = `${figure}\u00a0${name}${plural}`;
  if (!options.moreThan) return text;
  return language === 'fr' ? `plus de ${text}` : `more than ${text}`;
}

/** "> 240 MW" in English; French and Japanese readers read the hedge as words: "plus de 240 MW", "240MW超". */
function shortPower(figure: string, unit: PowerUnit, language: Language, moreThan = false) {
  // Japanese sets a unit symbol against its number, as newspapers there print "150MW".
  if (language === 'ja') return `${figure}${unit}${moreThan ? '超' : ''}`;
  const text = `${figure}\u00a0${unit}`;
  if (!moreThan) return text;
  return language === 'fr' ? `plus de\u00a0${text}` : `>\u00a0${text}`;
}
