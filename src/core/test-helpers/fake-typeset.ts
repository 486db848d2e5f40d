// Test helpers: a deterministic typeset whose Latin text is k em wide per character (k drawn per
// run, wide ones included) and CJK text 1 em, and the overlap test layouts use, for property tests
// of pure layouts.
import fc from 'fast-check';
import type { Typeset } from '../layout/text.js';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Widths of a font with every character `k` em wide (CJK ones 1 em), bold ones 10% wider. */
export const fakeTypeset = (k: number): Typeset => ({
  width: (text, size, bold = false) =>
    [...text].reduce((ems, char) => ems + (CJK.test(char) ? 1 : k), 0) * size * (bold ? 1.1 : 1),
});

/**
 * Em widths per Latin character, from a condensed face (0.3) to wider than any text face (0.8:
 * Verdana Bold's digits are 0.71 em, DejaVu Sans Bold's 0.7).
 */
export const emWidth = fc.double({ min: 0.3, max: 0.8, noNaN: true });

/** Labels as authors write them: words of Latin, accented or CJK letters, or one long word. */
export const label = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', 'W', ' ', '堺', '（', '7'), maxLength: 60 }),
  fc.constantFrom('2026', 'Netzanschlussvereinbarungsphase', 'in the long run (reported)', ''),
);

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right - 1e-6 &&
  b.left < a.right - 1e-6 &&
  a.top < b.bottom - 1e-6 &&
  b.top < a.bottom - 1e-6;
