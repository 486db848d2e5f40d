// Hedges in text: a line of text in, the hedge it ends with ("(reported)", ", as reported",
// "selon les chiffres publiés", "発表ベース") split off, and clamped lines that shorten the rest of
// the text, never the hedge. A figure without its hedge claims more than the story does.

/** Words that make a trailing clause or parenthesis a hedge, in English, French and Japanese. */
const HEDGE =
  /\b(?:reported|reportedly|estimated?|unconfirmed|approx|approximately|according|roughly|about)\b|selon|publié|estim|environ|non confirmé|報道|発表|推定|見込|概算|約/i;
/** A parenthesis at the end of the text (ASCII or full-width). */
const PARENTHESIS = /\s*[(（][^()（）]*[)）]\s*$/u;
/** A clause after the last comma: ", as reported", ", selon les chiffres publiés". */
const CLAUSE = /\s*[,，、][^,，、]*$/u;

/** The text as `body + hedge`; `hedge` is undefined when the text does not end with one. */
export function splitHedge(text: string): { body: string; hedge?: string } {
  for (const pattern of [PARENTHESIS, CLAUSE]) {
    const found = pattern.exec(text);
    if (found && HEDGE.test(found[0])) {
      return { body: text.slice(0, found.index), hedge: text.slice(found.index) };
    }
  }
  return { body: text };
}

/**
 * Lines of `text` as `wrap` breaks them, at most `maxLines` of them. When the text must be cut and
 * it ends with a hedge, the words before the hedge are shortened (ending in "…") so the hedge stays
 * whole; should the hedge alone not fit in `maxLines`, it takes the lines it needs.
 */
export function clampKeepingHedge(
  text: string,
  maxLines: number,
  wrap: (text: string, maxLines: number) => string[],
): string[] {
  const full = wrap(text, Infinity);
  if (full.length <= maxLines) return full;
  const { body, hedge } = splitHedge(text);
  if (!hedge) return wrap(text, maxLines);
  // All hedge ("（発表ベースで6億7600万ドル）"): nothing may go.
  if (body.trim() === '') return full;
  const chars = Array.from(body);
  const shortened = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…${hedge}`;
  const fits = (n: number) => wrap(shortened(n), Infinity).length <= maxLines;
  // The longest start of the body that fits with the hedge (fits() is monotonic in n).
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return wrap(shortened(low), Infinity);
}
