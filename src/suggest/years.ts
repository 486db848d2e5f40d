// Normalized text -> the years written in it ("2026", "FY2026", "2026年度"), as quotes for stage
// labels. Four digits from 1900 to 2099 that are not part of a larger number or a power figure,
// not the year of a date with a month ("juin 2025", "6 février 2025": an event, not a stage) and
// not an end ("until 2042").
import type { Span } from './sentences.js';

const MONTH =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

export interface YearMention extends Span {
  year: number;
}

const YEAR =
  /(?<![\d.,])(?:FY ?)?((?:19|20)\d{2})(?:年度|年)?(?![\d]|\s?(?:[kMGT]?W|MW|GW|mégawatts?|megawatts?))/gu;

/** A month (the year dates an event, not a stage) or an "until" before the year. */
const NOT_STAGE_BEFORE = new RegExp(
  String.raw`(?:(?:${MONTH})(?: \d{1,2},)? |\d{1,2}(?:er)? \p{L}+,? |until |through |jusqu'en |jusqu'à )$`,
  'iu',
);
/** A month and day after it, or "まで" (until; "までに" is "by"). */
const NOT_STAGE_AFTER = /^(?:\d{1,2}月\d{1,2}日|まで(?!に))/u;

export function findYears(text: string): YearMention[] {
  const stages = [...text.matchAll(YEAR)].filter(
    (m) =>
      !NOT_STAGE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) &&
      !NOT_STAGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
  );
  return stages.map((m) => ({
    year: Number(m[1]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
