// Projected outline: a fitted projection in, SVG path strings with coordinates
// rounded to tenths of a pixel out (the country, the land around it, its lakes), and the projected
// box of the polygons the map frames. Rings are clipped to just outside the map's box, so a map of
// France does not carry Guiana's outline nor the rest of Europe's coast.
import type { Ring } from './land.js';
import type { Projection, XY } from './projection.js';

export interface ProjectedOutline {
  d: string;
  /** Neighbouring land, drawn muted under the country. */
  neighbours: string;
  /** Lakes, drawn over the land. */
  water: string;
  /** The country's projected rings on the map, for telling land from sea. */
  rings: Ring[];
  /** [[x0, y0], [x1, y1]]: the projected box of the region's main polygons. */
  frame: [[number, number], [number, number]];
}

export function projectedOutline(projection: Projection): ProjectedOutline {
  const { outline, place } = projection;
  const r = (n: number) => Math.round(n * 10) / 10;
  const size = projection.size;
  const drawn = (polygons: XY[][][], rings?: Ring[]) => {
    let d = '';
    for (const polygon of polygons) {
      for (const [i, unit] of polygon.entries()) {
        const ring = clipped(
          unit.map((p) => place(p)),
          size,
        );
        if (ring.length < 3) {
          // A polygon whose outer ring is off the map is left out, holes and all.
          if (i === 0) break;
          continue;
        }
        const rounded: Ring = [];
        for (const [x, y] of ring) {
          const p: [number, number] = [r(x), r(y)];
          const [a, b] = [rounded[rounded.length - 2], rounded[rounded.length - 1]];
          // A point the tenth-of-a-pixel rounding merges with the last, or the middle one of three
          // on one horizontal or vertical line (runs along the clip's edge), changes no fill.
          if (b && b[0] === p[0] && b[1] === p[1]) continue;
          if (a && b && ((a[0] === b[0] && b[0] === p[0]) || (a[1] === b[1] && b[1] === p[1]))) {
            rounded[rounded.length - 1] = p;
          } else rounded.push(p);
        }
        // Antarctica's outer ring, as d3-geo winds it, is the pole, a point on a conic map: its
        // coast, the hole, is still drawn.
        if (rounded.length < 3) continue;
        d += `M${rounded.join('L')}Z`;
        rings?.push(rounded);
      }
    }
    return d;
  };
  const rings: Ring[] = [];
  return {
    d: drawn(outline.polygons, rings),
    rings,
    neighbours: drawn(outline.neighbours),
    water: drawn(outline.lakes),
    // Scaling and moving keep a box a box.
    frame: [place(outline.frame[0]), place(outline.frame[1])],
  };
}

/**
 * Sutherland-Hodgman: the part of a ring inside the map's box and 2 px around it. Where the ring
 * runs outside, it is drawn along that margin, and where two parts of it are inside, they are
 * joined along the margin: the SVG's box clips those runs and their stroke (the widget's inline
 * SVG, and the map's chart in a static SVG).
 */
function clipped(ring: XY[], [width, height]: readonly [number, number]): XY[] {
  const [x0, y0, x1, y1] = [-2, -2, width + 2, height + 2];
  let points = ring;
  for (const [axis, edge, below] of [
    [0, x0, false],
    [0, x1, true],
    [1, y0, false],
    [1, y1, true],
  ] as const) {
    const inside = (p: XY) => (below ? p[axis] <= edge : p[axis] >= edge);
    const cut = (p: XY, q: XY): XY => {
      const t = (edge - p[axis]) / (q[axis] - p[axis]);
      return axis === 0 ? [edge, p[1] + t * (q[1] - p[1])] : [p[0] + t * (q[0] - p[0]), edge];
    };
    const out: XY[] = [];
    points.forEach((p, i) => {
      const previous = points[(i + points.length - 1) % points.length]!;
      if (inside(p)) {
        if (!inside(previous)) out.push(cut(previous, p));
        out.push(p);
      } else if (inside(previous)) out.push(cut(previous, p));
    });
    points = out;
    if (points.length === 0) break;
  }
  return points;
}
