// A place name -> its key for matching. The build (scripts/build-gazetteer.mjs) folds the table's
// names with this very function, so that a name and its folded query meet.

const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  þ: 'th',
};

/**
 * A name folded for matching: case, Latin diacritics and punctuation dropped, `St.`/`Ste` written
 * out, full-width forms narrowed (`Saint-Étienne`, `st etienne` and `ＳＴ．Etienne` fold alike).
 */
export function foldName(name: string): string {
  // Most names are plain ASCII, and the Unicode steps are the slow ones.
  const plain = /^[\x20-\x7e]*$/.test(name);
  return (plain ? name : unaccented(name))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(st|ste|mt|ft)\b/g, (w) => ABBREVIATIONS[w] ?? w)
    .trim();
}

const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  ft: 'fort',
};

function unaccented(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[øæœßłđıþ]/g, (c) => LETTERS[c] ?? c);
}
