// The part of fontkit 2 the server's typeset uses (fontkit ships no type declarations).
declare module 'fontkit' {
  export interface Face {
    familyName: string;
    unitsPerEm: number;
    'OS/2'?: { usWeightClass: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  /** A font file: one face, or a collection (.ttc) of them. */
  export function openSync(file: string): Face | { fonts: Face[] };
}
