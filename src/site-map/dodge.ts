// Numbered markers: true marker points in, positions where no two markers overlap out. Markers that
// had to move keep a leader line to their true point. Each marker, in order, takes the first free
// spot on a spiral around its point (golden-angle steps), staying inside the map, on land (a Tokyo
// marker is never fanned out over the sea) and within MAX_SHIFT marker radii of its point. A marker
// that finds no free spot there takes the one on land furthest from the others, or its own point.
import { round } from '../core/layout/round.js';
import type { Point } from './labels.js';

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** How far a marker may move, in marker radii: 90 px for a numbered marker (radius 9). */
export const MAX_SHIFT = 10;

export function dodgeMarkers(
  points: readonly Point[],
  radius: number,
  size: { width: number; height: number },
  onLand: (p: Point) => boolean = () => true,
): Point[] {
  const placed: Point[] = [];
  const gap = radius * 2 + 2;
  const inside = (p: Point) =>
    p.x >= radius && p.y >= radius && p.x <= size.width - radius && p.y <= size.height - radius;
  /** Distance to the nearest marker placed so far. */
  const room = (p: Point) => Math.min(...placed.map((q) => Math.hypot(p.x - q.x, p.y - q.y)));
  const free = (p: Point) => inside(p) && room(p) >= gap;
  const steps = Math.floor((MAX_SHIFT / 0.9) ** 2);
  for (const point of points) {
    let spot: Point | undefined = free(point) ? point : undefined;
    // A crowd too large for its stretch of land: the on-land spot furthest from the others.
    let [best, clearance] = [point, room(point)];
    for (let step = 1; step <= steps && !spot; step++) {
      const distance = radius * 0.9 * Math.sqrt(step);
      const p = {
        x: round(point.x + distance * Math.cos(step * GOLDEN)),
        y: round(point.y + distance * Math.sin(step * GOLDEN)),
      };
      if (!inside(p) || !onLand(p)) continue;
      if (free(p)) spot = p;
      else if (room(p) > clearance + 1) [best, clearance] = [p, room(p)];
    }
    placed.push(spot ?? best);
  }
  return placed;
}
