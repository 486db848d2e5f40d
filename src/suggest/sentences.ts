// Article text -> its sentences as offset ranges: a sentence ends at . ! ? 。！？ followed by a
// space or the end, or at a line break; "U.S." and "Mr." and decimals do not end one.
export interface Span {
  start: number;
  end: number;
}

const END = /[.!?。！？]+(?=\s|$)|(?<=[。！？])|\n+/g;
/** Words whose period does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|Mr|Mrs|Ms|Dr|St|Inc|Corp|Co|Ltd|No|vs|approx|env|M|Mme)\.$/;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const end = match.index + match[0].length;
    if (
      match[0].startsWith('.') &&
      ABBREVIATION.test(text.slice(Math.max(0, match.index - 8), end))
    )
      continue;
    if (end > start) pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) spans.push({ start, end });
}

/** The index of the span holding `offset`, or -1. */
export function spanAt(spans: readonly Span[], offset: number): number {
  return spans.findIndex((s) => s.start <= offset && offset < s.end);
}
