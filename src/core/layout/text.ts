// Text widths for layouts: a `Typeset` (text and font size in, width in pixels out) handed to pure
// layouts by their environment, like d3's geoPath is handed a context. The element's measures its
// computed font, a static image's the font file it draws with; `ESTIMATE` is the fallback where
// nothing can measure (a server render for an unknown page font): widths from a per-character table
// that err on the wide side, so labels keep clear of each other and of the edges.

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Arabic and Hebrew letters: wider than Latin lower case in common fonts (DejaVu Sans: about 0.7 em). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

function charWidth(char: string, wide: boolean): number {
  if (wide && WIDE.test(char)) return 1;
  if (wide && RTL.test(char)) return 0.7;
  if (char === 'M' || char === 'W' || char === 'm' || char === 'w') return 0.92;
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return 0.3;
  if (char >= 'A' && char <= 'Z') return 0.72;
  return 0.58;
}

/** How layouts learn the width of text, and where space-free (Japanese) text may break. */
export interface Typeset {
  /** Width in CSS pixels of `text` set at `size` px, regular or bold, in the font it is drawn in. */
  width(text: string, size: number, bold?: boolean): number;
  /**
   * Splits space-free text into the phrases a line may break between (Japanese, by BudouX), none
   * inside a figure ("6億7600万ドル", "2025年3月14日": see `figurePhrases`). Absent: lines break
   * between CJK characters by rule (see `pieces`).
   */
  phrases?: (text: string) => string[];
}

/** An estimated width from a per-character table, for where nothing can measure. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  // Most text has no wide character: one test for the string instead of one per character.
  const wide = WIDE.test(text) || RTL.test(text);
  for (const char of text) ems += charWidth(char, wide);
  return ems * fontSize * (bold ? 1.06 : 1);
}

/** Widths estimated from the per-character table, lines broken by rule. */
export const ESTIMATE: Typeset = { width: textWidth };

/**
 * Breaks text into at most `maxLines` lines of at most `maxWidth` pixels, at spaces where it can and
 * inside a word where it must; text that still does not fit ends in an ellipsis. Space-free wide
 * (Japanese) text breaks between the typeset's phrases where it has them, else by rule (`pieces`).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  typeset: Typeset = ESTIMATE,
): string[] {
  const fits = (line: string) => typeset.width(line, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  // Lines break at spaces, never at a no-break space ("150 MW", "14 mars 2025" stay whole).
  for (const word of text.split(BREAKING_SPACE).filter(Boolean)) {
    phrasesOf(word, typeset).forEach((piece, i) => {
      const joined = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (fits(joined)) {
        line = joined;
        return;
      }
      if (line) lines.push(line);
      line = '';
      // A phrase wider than a line is cut where the rules allow, then between characters.
      const finer = typeset.phrases && WIDE.test(piece) ? pieces(piece) : [piece];
      for (const part of finer) {
        for (const char of fits(part) ? [part] : part) {
          if (!fits(line + char) && line) {
            // A closing mark never starts a line: what it closes goes along, a character at least.
            let cut = line.length;
            if (CLOSING.includes(char)) {
              while (cut > 1 && CLOSING.includes(line[cut - 1]!)) cut--;
              if (cut > 1) cut--;
            }
            lines.push(line.slice(0, cut));
            line = line.slice(cut);
          }
          line += char;
        }
      }
    });
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** White space a line may break at: all but the no-break spaces (U+00A0, U+2007, U+202F). */
const BREAKING_SPACE = /[^\S\u00a0\u2007\u202f]+/;

/** The phrases of a space-free word: the typeset's (BudouX) for wide text, else by rule. */
function phrasesOf(word: string, typeset: Typeset): string[] {
  return typeset.phrases && WIDE.test(word) ? typeset.phrases(word) : pieces(word);
}

/**
 * Closing punctuation, small kana and a trailing 超 ("240MW超") never start a line; opening marks
 * never end one.
 */
const CLOSING = '、。，．・：；！？）」』】〕ー々っゃゅょッャュョ超';
const OPENING = '（「『【〔';
const DIGIT = /[0-9０-９]/;
const KATAKANA = /[ァ-ヺ]/;

/**
 * A space-free word cut where a line may break: between wide (CJK) characters, but not inside a
 * run of Latin letters or digits, nor before closing or after opening punctuation. A figure stays
 * whole as far as these rules see it: no cut after a digit or a scale ("6億7600万ドル", "1万人"),
 * before a digit that goes on a date ("2025年3月14日"), or inside katakana ("ドル"). A word without wide characters is
 * one piece. (`figurePhrases` knows figures better; it is in the phrase breaker, loaded on demand.)
 */
function pieces(word: string): string[] {
  if (!WIDE.test(word)) return [word];
  const found: string[] = [];
  for (const char of word) {
    const previous = found[found.length - 1];
    const last = previous?.slice(-1) ?? '';
    const joins =
      CLOSING.includes(char) ||
      OPENING.includes(last) ||
      !(WIDE.test(char) || WIDE.test(last)) ||
      DIGIT.test(last) ||
      '兆億万'.includes(last) ||
      (DIGIT.test(char) && '年月'.includes(last)) ||
      (KATAKANA.test(char) && KATAKANA.test(last));
    if (previous !== undefined && joins) found[found.length - 1] = previous + char;
    else found.push(char);
  }
  return found;
}
