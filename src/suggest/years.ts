// Normalized text -> the years written in it ("2026", "FY2026", "2026年度"), as quotes for stage
// labels. Four digits from 1900 to 2099 that are not part of a larger number or a power figure.
import type { Span } from './sentences.js';

export interface YearMention extends Span {
  year: number;
}

const YEAR =
  /(?<![\d.,])(?:FY ?)?((?:19|20)\d{2})(?:年度|年)?(?![\d]|\s?(?:[kMGT]?W|MW|GW|mégawatts?|megawatts?))/gu;

export function findYears(text: string): YearMention[] {
  return [...text.matchAll(YEAR)].map((m) => ({
    year: Number(m[1]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
