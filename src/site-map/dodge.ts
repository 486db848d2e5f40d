// Numbered markers: true marker points in, positions where no two markers overlap out. Markers that
// had to move keep a leader line to their true point. Each marker, in order, takes the first free
// spot on a spiral around its point (golden-angle steps), staying inside the map.
import { round } from '../core/layout/round.js';
import type { Point } from './labels.js';

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

export function dodgeMarkers(
  points: readonly Point[],
  radius: number,
  size: { width: number; height: number },
): Point[] {
  const placed: Point[] = [];
  const gap = radius * 2 + 2;
  const free = (p: Point) =>
    p.x >= radius &&
    p.y >= radius &&
    p.x <= size.width - radius &&
    p.y <= size.height - radius &&
    placed.every((q) => Math.hypot(p.x - q.x, p.y - q.y) >= gap);
  for (const point of points) {
    let spot = point;
    for (let step = 1; step < 600 && !free(spot); step++) {
      const distance = radius * 0.9 * Math.sqrt(step);
      spot = {
        x: round(point.x + distance * Math.cos(step * GOLDEN)),
        y: round(point.y + distance * Math.sin(step * GOLDEN)),
      };
    }
    // A crowd too large for the map: stay inside it, even if touching a neighbour.
    if (!free(spot)) {
      spot = {
        x: Math.min(Math.max(spot.x, radius), size.width - radius),
        y: Math.min(Math.max(spot.y, radius), size.height - radius),
      };
    }
    placed.push(spot);
  }
  return placed;
}
