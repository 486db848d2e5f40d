// Ring sectors: angles (radians clockwise from twelve o'clock, a span under a full turn) and radii in,
// an SVG path centred on the origin out. A sector is two SVG arc commands joined by lines; building
// it with d3-path (or d3-shape's arc) cost 0.7 KB min+gzip per bundle, the gauge's whole headroom
// under its 14 KB budget, for corner and padding options no Lede chart draws.
import { round } from './round.js';

export function sectorPath(a0: number, a1: number, inner: number, outer: number): string {
  const large = Math.abs(a1 - a0) > Math.PI ? 1 : 0;
  const sweep = a1 >= a0 ? 1 : 0;
  const at = (r: number, a: number) => `${round(r * Math.sin(a))},${round(-r * Math.cos(a))}`;
  const ro = round(outer);
  const ri = round(inner);
  return flat`M${at(outer, a0)}A${ro},${ro},0,${large},${sweep},${at(outer, a1)}L${at(inner, a1)}A${ri},${ri},0,${large},${1 - sweep},${at(inner, a0)}Z`;
}

/**
 * A template literal's text as one flat string. V8 keeps the result of a plain template literal as
 * a tree of its pieces (a path becomes some twenty small heap objects, kept as long as the drawing
 * holds the path); joined, it is one string.
 */
export function flat(strings: TemplateStringsArray, ...values: unknown[]): string {
  const parts: unknown[] = [strings[0]];
  values.forEach((value, i) => parts.push(value, strings[i + 1]));
  return parts.join('');
}
