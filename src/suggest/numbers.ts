// Normalized article text -> the numbers written in it, with their offsets and value: digits in
// the locale's grouping ("1,200.5", "1 200,5"), magnitude words ("1.6 billion", "20 milliards",
// "$200m", "6億7600万") and kanji numerals before a unit ("六百億円").
import { kanji2number } from '@geolonia/japanese-numeral';
import type { SuggestLocale } from './types.js';

export interface NumberMention {
  value: number;
  start: number;
  end: number;
}

/** Powers of ten of magnitude words. French "billion" is 10^12. */
const MAGNITUDES: Record<SuggestLocale, Record<string, number>> = {
  en: { thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6, m: 6, k: 3, tn: 12 },
  fr: {
    mille: 3,
    million: 6,
    millions: 6,
    milliard: 9,
    milliards: 9,
    billion: 12,
    billions: 12,
    md: 9,
    mds: 9,
    mrd: 9,
    mrds: 9,
    m: 6,
  },
  ja: { 千: 3, 万: 4, 億: 8, 兆: 12 },
};

const EN_DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FR_DIGITS = String.raw`\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** Magnitude words: spelled out after a space or a hyphen, abbreviations ("bn", "m") glued on. */
const EN_NUMBER = new RegExp(
  String.raw`(?<![\d.,])(${EN_DIGITS})(?:[ -](thousand|million|billion|trillion|bn|mn)(?![\p{L}])|(bn|mn|m|k|tn)(?![\p{L}]))?(?!\d)`,
  'giu',
);
const FR_NUMBER = new RegExp(
  String.raw`(?<![\d.,])(${FR_DIGITS})(?: (mille|millions?|milliards?|billions?|mds?|mrds?)(?![\p{L}])|(mds?|m)(?= ?[€$£]))?(?!\d)`,
  'giu',
);
const JA_GROUP = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const JA_NUMBER = new RegExp(
  String.raw`(?<![\d.,])(?:${JA_GROUP}千?[兆億万])+(?:${JA_GROUP})?|(?<![\d.,])${JA_GROUP}(?![\d])`,
  'gu',
);
/** Kanji numerals count only right before a unit of money or power, so "一部" is no number. */
const KANJI_NUMBER =
  /(?<![\d.,])[〇一二三四五六七八九十百千万億兆]*[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億兆]*(?=円|ドル|ユーロ|ポンド|元|メガ|ギガ|キロ|テラ|ワット)/gu;

/** `digits` (grouping already removed, "." decimal) times 10^exponent, without float error. */
export const scaled = (digits: string, exponent: number): number => Number(`${digits}e${exponent}`);

export function findNumbers(text: string, locale: SuggestLocale): NumberMention[] {
  if (locale === 'ja') return [...findJapanese(text), ...findKanji(text)].sort(byStart);
  const pattern = locale === 'fr' ? FR_NUMBER : EN_NUMBER;
  const mentions: NumberMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const digits =
      locale === 'fr' ? m[1]!.replace(/ /g, '').replace(',', '.') : m[1]!.replace(/,/g, '');
    const word = (m[2] ?? m[3])?.toLowerCase();
    const exponent = word === undefined ? 0 : (MAGNITUDES[locale][word] ?? 0);
    const end = m.index + m[0].length;
    mentions.push({ value: scaled(digits, exponent), start: m.index, end });
  }
  return mentions;
}

function findJapanese(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const m of text.matchAll(JA_NUMBER)) {
    let value = 0;
    const tail = m[0].replace(
      new RegExp(String.raw`(${JA_GROUP})(千?)([兆億万])`, 'gu'),
      (_, group: string, thousand: string, unit: string) => {
        const exponent = (thousand ? 3 : 0) + (MAGNITUDES.ja[unit] ?? 0);
        value += scaled(group.replace(/,/g, ''), exponent);
        return '';
      },
    );
    if (tail) value += scaled(tail.replace(/,/g, ''), 0);
    mentions.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

function findKanji(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const m of text.matchAll(KANJI_NUMBER)) {
    try {
      mentions.push({ value: kanji2number(m[0]), start: m.index, end: m.index + m[0].length });
    } catch {
      // Not a numeral kanji2number reads (e.g. 万 before 千): no number.
    }
  }
  return mentions;
}

const byStart = (a: NumberMention, b: NumberMention): number => a.start - b.start;
