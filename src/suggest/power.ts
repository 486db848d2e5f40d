// Normalized article text and its numbers -> the power figures in it ("835-megawatt", "1,2 GW",
// "plus de 240 mégawatts", "300メガワット超", "30万キロワット"), in watts, with the words around
// them that make a figure a floor.
import type { NumberMention } from './numbers.js';
import type { Span } from './sentences.js';
import type { SuggestLocale } from './types.js';

export type PowerUnit = 'W' | 'kW' | 'MW' | 'GW' | 'TW';
export const POWER_EXPONENT: Record<PowerUnit, number> = { W: 0, kW: 3, MW: 6, GW: 9, TW: 12 };

export interface PowerMention {
  watts: number;
  /** The unit the figure is written in. */
  written: PowerUnit;
  /** The number and its unit. */
  figure: Span;
  /** The unit as written. */
  unit: Span;
  /** "more than", "plus de", "超", "以上": the figure is a floor. */
  atLeast?: Span;
}

const PREFIXES: Record<string, PowerUnit> = {
  t: 'TW',
  g: 'GW',
  m: 'MW',
  k: 'kW',
  '': 'W',
  テラ: 'TW',
  ギガ: 'GW',
  メガ: 'MW',
  キロ: 'kW',
};
/** Symbols (not MWh, not kWh: energy) and names, after a space, a hyphen or nothing. */
const UNIT =
  /^[ -]?(?:([TGMk]?)We?(?![\p{L}\d])|(t[ée]ra|giga|m[ée]ga|kilo|)-?watts?(?![\p{L}])|(テラ|ギガ|メガ|キロ|)ワット(?!時|アワー))/iu;
const FLOOR_BEFORE: Record<SuggestLocale, RegExp> = {
  en: /\b(?:more than|over|above|at least|in excess of|upwards of|exceeding|greater than|north of)\s*$/i,
  fr: /(?:\bplus de|\bau moins|\bau-delà de|\bdépassant|\bsupérieure? à)\s*$/i,
  ja: /(?:最低)\s*$/,
};
const FLOOR_AFTER: Record<SuggestLocale, RegExp> = {
  en: /^(?:\+| or more\b| plus\b)/i,
  fr: /^(?: ou plus\b| et plus\b)/i,
  ja: /^(?:超|以上|を超える|超え|強)/,
};

export function findPower(
  text: string,
  numbers: readonly NumberMention[],
  locale: SuggestLocale,
): PowerMention[] {
  const mentions: PowerMention[] = [];
  for (const n of numbers) {
    const m = UNIT.exec(text.slice(n.end, n.end + 16));
    if (!m) continue;
    const prefix = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().replace('é', 'e');
    const unit = PREFIXES[prefix.length > 1 && !/^[テギメキ]/.test(prefix) ? prefix[0]! : prefix];
    if (!unit) continue;
    const leading = m[0].length - m[0].trimStart().replace(/^-/, '').length;
    const unitSpan = { start: n.end + leading, end: n.end + m[0].length };
    const mention: PowerMention = {
      watts: Number(`${n.value}e${POWER_EXPONENT[unit]}`),
      written: unit,
      figure: { start: n.start, end: unitSpan.end },
      unit: unitSpan,
    };
    const before = FLOOR_BEFORE[locale].exec(text.slice(Math.max(0, n.start - 24), n.start));
    const after = FLOOR_AFTER[locale].exec(text.slice(unitSpan.end, unitSpan.end + 10));
    if (before)
      mention.atLeast = {
        start: n.start - before[0].length,
        end: n.start - before[0].length + before[0].trimEnd().length,
      };
    else if (after)
      mention.atLeast = {
        start: unitSpan.end + (after[0].length - after[0].trimStart().length),
        end: unitSpan.end + after[0].length,
      };
    mentions.push(mention);
  }
  return mentions;
}
