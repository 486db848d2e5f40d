// Site labels: projected marker points and label texts in, a position for every label that keeps
// clear of other labels, of every marker and of the map's edges, or `undefined` when they cannot all
// fit (the map then numbers its markers and lists the names in a key below).
//
// Greedy: sites are placed in priority order (the highlighted one first); each tries eight positions
// around its marker, then the same eight further out with a leader line, and takes the first free one.
// With `partial`, a label that finds no free position is left out instead (a crowded map labels what
// fits), though the highlighted one may then cover other markers. Collisions are tested against a
// grid of placed boxes, not every box, so a map of thousands of sites costs about as much per site
// as a map of three.
import { ESTIMATE, type Typeset } from '../core/layout/text.js';
import { round } from '../core/layout/round.js';

export const LABEL_FONT = 13;
const HEIGHT = 16;
/** From a label box's top to the text's baseline. */
const BASELINE = HEIGHT * 0.78;
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

/** Box-to-box tests made by placements so far: tests check it grows with the sites, not their square. */
export const placementStats = { checks: 0 };

export function placeSiteLabels(
  points: readonly Point[],
  texts: readonly string[],
  size: { width: number; height: number },
  order: readonly number[],
  reach: number | readonly number[],
  bold: ReadonlySet<number> = new Set(),
  partial = false,
  typeset: Typeset = ESTIMATE,
): SiteLabel[] | undefined {
  // How far from its centre each marker keeps labels: its drawn size (halo, stroke) and a gap.
  const radiusOf = (i: number) => (typeof reach === 'number' ? reach : reach[i]!);
  const markers = new BoxGrid();
  for (const [i, p] of points.entries()) {
    const radius = radiusOf(i);
    markers.add({
      left: p.x - radius,
      right: p.x + radius,
      top: p.y - radius,
      bottom: p.y + radius,
    });
  }
  const placed = new BoxGrid();
  const labels: SiteLabel[] = [];
  for (const i of order) {
    const width = typeset.width(texts[i]!, LABEL_FONT, bold.has(i));
    // In a crowd the highlighted site's label may cover other markers (never other labels):
    // otherwise the one name the map is about could be the one left out.
    const clearOfMarkers = !(partial && bold.has(i));
    const found = candidates(points[i]!, width, radiusOf(i)).find(
      ({ box }) =>
        box.left >= 2 &&
        box.top >= 2 &&
        box.right <= size.width - 2 &&
        box.bottom <= size.height - 2 &&
        !placed.hits(box) &&
        !(clearOfMarkers && markers.hits(box)),
    );
    if (!found) {
      if (partial) continue;
      placementStats.checks += markers.checks + placed.checks;
      return undefined;
    }
    placed.add(found.box);
    labels[i] = found.label;
  }
  placementStats.checks += markers.checks + placed.checks;
  return labels;
}

/** Side of a grid cell, in pixels: about two label heights, so a box spans only a few cells. */
const CELL = 32;

/** Boxes filed under every grid cell they touch; a query looks only at the cells its box touches. */
class BoxGrid {
  readonly #cells = new Map<string, Box[]>();
  checks = 0;

  add(box: Box): void {
    this.#each(box, (key) => {
      const cell = this.#cells.get(key);
      if (cell) cell.push(box);
      else this.#cells.set(key, [box]);
    });
  }

  hits(box: Box): boolean {
    let hit = false;
    this.#each(box, (key) => {
      for (const b of this.#cells.get(key) ?? []) {
        this.checks++;
        if (overlaps(b, box)) return (hit = true);
      }
      return false;
    });
    return hit;
  }

  /** Calls `visit` with the key of each cell `box` touches, until it returns true. */
  #each(box: Box, visit: (key: string) => boolean | void): void {
    for (let x = Math.floor(box.left / CELL); x <= Math.floor(box.right / CELL); x++) {
      for (let y = Math.floor(box.top / CELL); y <= Math.floor(box.bottom / CELL); y++) {
        if (visit(`${x},${y}`)) return;
      }
    }
  }
}

function candidates(p: Point, width: number, radius: number) {
  return [radius + GAP, radius * 3 + GAP * 4].flatMap((distance, ring) =>
    DIRECTIONS.map(([dx, dy]) => {
      const ax = p.x + dx * distance;
      const ay = p.y + dy * distance;
      const anchor: SiteLabel['anchor'] = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
      const top = dy < -0.1 ? ay - HEIGHT : dy > 0.1 ? ay : ay - HEIGHT / 2;
      const label: SiteLabel = { x: round(ax), y: round(top + BASELINE), anchor };
      if (ring === 1) {
        label.leader = {
          x1: round(p.x + dx * radius),
          y1: round(p.y + dy * radius),
          x2: round(ax - dx * 2),
          y2: round(ay - dy * 2),
        };
      }
      return { label, box: boxOf(label, width) };
    }),
  );
}

/**
 * The box a label takes as drawn: from its rounded position, not the unrounded one it was found at,
 * so two labels that touch before rounding cannot overlap by a hundredth of a pixel after it.
 */
function boxOf(label: SiteLabel, width: number): Box {
  const { x, anchor } = label;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const top = label.y - BASELINE;
  return { left, right: left + width, top, bottom: top + HEIGHT };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
