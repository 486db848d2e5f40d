// Land test: a country's projected rings in, a function that tells whether a point of the map lies
// on the country's land out (even-odd, so lakes cut from a polygon and enclaves count right). Each
// ring keeps its box, so a test skips the islands far from the point: a Japan of 1,400 points is
// mostly a few hundred comparisons.
import type { Point } from './labels.js';

export type Ring = [number, number][];

export function landTest(rings: readonly Ring[]): (p: Point) => boolean {
  const boxed = rings.map((ring) => {
    const xs = ring.map((q) => q[0]);
    const ys = ring.map((q) => q[1]);
    return {
      ring,
      x0: Math.min(...xs),
      x1: Math.max(...xs),
      y0: Math.min(...ys),
      y1: Math.max(...ys),
    };
  });
  return ({ x, y }) => {
    let inside = false;
    for (const { ring, x0, x1, y0, y1 } of boxed) {
      if (x < x0 || x > x1 || y < y0 || y > y1) continue;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
    return inside;
  };
}
