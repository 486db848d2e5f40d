// Article text -> the same text, character for character, with full-width digits, letters and
// punctuation as ASCII, typographic apostrophes as `'` and every kind of space as one space. Each
// UTF-16 unit maps to one unit, so an offset in the normalized text is an offset in the article.

const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const APOSTROPHES = /[\u2019\u02BC\u2032]/g;
/** Full-width ASCII (U+FF01..U+FF5E) is ASCII shifted by 0xFEE0. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

export function normalizeText(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SPACES, ' ')
    .replace(APOSTROPHES, "'");
}
