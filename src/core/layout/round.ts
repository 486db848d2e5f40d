// Rounds coordinates to hundredths of a pixel: finer detail is invisible and bloats the markup.
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
