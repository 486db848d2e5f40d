// An article's text and the notes of a suggestion in, the text cut into runs out: plain runs and
// highlighted runs, each highlighted run carrying the notes whose quote it is. The runs put back
// together are the text itself; notes whose offsets do not fit the text are left out.
import type { SuggestNote } from '../suggest/types.js';

export interface Segment {
  text: string;
  start: number;
  /** The notes this run quotes: empty for plain text. */
  notes: SuggestNote[];
}

/** Whether a note's offsets quote `text` as the note says. */
export const fits = (text: string, note: SuggestNote): boolean =>
  note.start >= 0 &&
  note.end > note.start &&
  note.end <= text.length &&
  text.slice(note.start, note.end) === note.quote;

/**
 * The text cut at every note's start and end; each run carries the notes that cover it, so
 * overlapping quotes (a figure and the word "more than" before it) stay visible together.
 */
export function segmentsOf(text: string, notes: readonly SuggestNote[]): Segment[] {
  const quoted = notes.filter((n) => fits(text, n));
  const cuts = new Set([0, text.length]);
  for (const n of quoted) cuts.add(n.start).add(n.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = quoted.filter((n) => n.start <= start && n.end >= end);
    const last = segments.at(-1);
    // Plain runs next to each other are one run: the text is cut only where a highlight begins or ends.
    if (last && last.notes.length === 0 && covering.length === 0)
      last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, notes: covering });
  }
  return segments;
}

/** The field a note is about, as the form names it: `ramp/stages/1/value`. */
export const fieldId = (note: Pick<SuggestNote, 'part' | 'field'>): string =>
  `${note.part}${note.field}`;
