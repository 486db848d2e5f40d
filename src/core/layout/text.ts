// Text width estimates: a string and a font size in, an approximate width in pixels out. Layouts use
// these instead of measuring the DOM, so they stay pure and run on a server. Widths err on the wide
// side (serif capitals and CJK are the widest glyphs a page font is likely to have) so labels keep
// clear of each other and of the edges.

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === 'M' || char === 'W' || char === 'm' || char === 'w') return 0.92;
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return 0.3;
  if (char >= 'A' && char <= 'Z') return 0.72;
  return 0.58;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.06 : 1);
}
