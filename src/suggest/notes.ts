// Offsets -> notes: the quote is always the article's own words at those offsets.
import type { Span } from './sentences.js';
import type { ArticleDocument, SuggestNote } from './types.js';

export function quoteNote(
  text: string,
  part: keyof ArticleDocument,
  field: string,
  span: Span,
  question?: string,
): SuggestNote {
  const note: SuggestNote = {
    part,
    field,
    quote: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
  };
  if (question !== undefined) note.question = question;
  return note;
}

/** Text with the article's offsets. Text and its normalized copy share every offset. */
export interface Source {
  /** The article as given: quotes come from it. */
  text: string;
  /** The same text normalized (normalize.ts): patterns read it. */
  norm: string;
}
