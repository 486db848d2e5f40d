// Site labels: projected marker points and label texts in, a position for every label that keeps
// clear of other labels, of every marker and of the map's edges, or `undefined` when they cannot all
// fit (the map then numbers its markers and lists the names in a key below).
//
// Greedy: sites are placed in priority order (the highlighted one first); each tries eight positions
// around its marker, then the same eight further out with a leader line, and takes the first free one.
import { textWidth } from '../core/layout/text.js';
import { round } from '../core/layout/round.js';

export const LABEL_FONT = 13;
const HEIGHT = 16;
const GAP = 4;

export interface Point {
  x: number;
  y: number;
}

export interface SiteLabel {
  x: number;
  /** Text baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** From the marker's edge to the label, when the label sits away from its marker. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

// Unit directions in the order a reader expects a label: right, left, then the diagonals, then above and below.
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0.71, -0.71],
  [-0.71, -0.71],
  [0.71, 0.71],
  [-0.71, 0.71],
  [0, -1],
  [0, 1],
];

export function placeSiteLabels(
  points: readonly Point[],
  texts: readonly string[],
  size: { width: number; height: number },
  order: readonly number[],
  radius: number,
  bold: ReadonlySet<number> = new Set(),
): SiteLabel[] | undefined {
  const markers: Box[] = points.map((p) => ({
    left: p.x - radius,
    right: p.x + radius,
    top: p.y - radius,
    bottom: p.y + radius,
  }));
  const placed: Box[] = [];
  const labels: SiteLabel[] = [];
  for (const i of order) {
    const width = textWidth(texts[i]!, LABEL_FONT, bold.has(i));
    const found = candidates(points[i]!, width, radius).find(
      ({ box }) =>
        box.left >= 2 &&
        box.top >= 2 &&
        box.right <= size.width - 2 &&
        box.bottom <= size.height - 2 &&
        !placed.some((b) => overlaps(b, box)) &&
        !markers.some((b) => overlaps(b, box)),
    );
    if (!found) return undefined;
    placed.push(found.box);
    labels[i] = found.label;
  }
  return labels;
}

function candidates(p: Point, width: number, radius: number) {
  return [radius + GAP, radius * 3 + GAP * 4].flatMap((distance, ring) =>
    DIRECTIONS.map(([dx, dy]) => {
      const ax = p.x + dx * distance;
      const ay = p.y + dy * distance;
      const anchor: SiteLabel['anchor'] = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
      const left = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
      const top = dy < -0.1 ? ay - HEIGHT : dy > 0.1 ? ay : ay - HEIGHT / 2;
      const label: SiteLabel = { x: round(ax), y: round(top + HEIGHT * 0.78), anchor };
      if (ring === 1) {
        label.leader = {
          x1: round(p.x + dx * radius),
          y1: round(p.y + dy * radius),
          x2: round(ax - dx * 2),
          y2: round(ay - dy * 2),
        };
      }
      return { label, box: { left, right: left + width, top, bottom: top + HEIGHT } };
    }),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
