// Stage labels: stage angles and texts in, label positions that keep clear of each other out.
// Each label sits outside the ring beside its stage; one that would overlap a label already
// placed moves further out along its radius until it is clear.
import { ESTIMATE, type Typeset } from '../core/layout/text.js';
import type { GaugeModel } from './model.js';
import type { GaugeTexts } from './describe.js';
import { round } from '../core/layout/round.js';

/** Label font size and line height, in pixels. */
export const FONT = 13;
export const LINE = 16;

export interface StageLabel {
  /** Index of the stage it names. */
  stage: number;
  x: number;
  /** Baseline of the first line (the figure); the stage label, if any, sits below the figure's lines. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  figure: string;
  /** The figure as drawn: on two lines when a worded hedge would not fit ("plus de" / "240 MW"). */
  figureLines: string[];
  /** The stage label, wrapped to fit beside the ring. */
  lines: string[];
  current: boolean;
  /** The space the label takes, from the same width estimates the layout fits with. */
  box: Box;
}

/** The ring: its centre and outer radius. */
interface Ring {
  cx: number;
  cy: number;
  radius: number;
}

/** How far outside the ring a label's point sits, and the least gap between its box and the ring. */
const OFFSET = 14;
const CLEAR = 4;

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The drawing's box: text is never cut by the widget's edge. Where no radius fits every label
 * (crowded stages at a phone's width in a wide font), a label that ends outside the box is left out,
 * before it claims its place, so that it pushes no other label away; the one placed first (the
 * stage in the centre) moves back inside instead when `keepFirst`. Where the ring was made larger
 * than the labels allow, so that the centre figure stays readable, `keepFirst` is false: the centre
 * gives that stage's figure.
 */
export interface Bounds {
  box: Box;
  keepFirst: boolean;
}

export function placeStageLabels(
  model: GaugeModel,
  texts: GaugeTexts,
  angles: number[],
  ring: Ring,
  wrapped: string[][],
  figures: string[][] = texts.stages.map((t) => [t.figure]),
  // The layout tries many radii with the same labels: it measures them once.
  widths = labelWidths(figures, wrapped),
  // Text already there (the scale's end labels): stage labels keep clear of it too.
  obstacles: readonly Box[] = [],
  // The drawing's box, when labels must lie inside it (see `Bounds`).
  bounds?: Bounds,
): StageLabel[] {
  // Labels claim their place in priority order: the stage reached, the target, the start, then the
  // others from first to last. One that cannot get clear of those placed before it is left out (the
  // gauge thins its labels; the summary and the table still give every stage).
  const count = texts.stages.length;
  const last = count - 1;
  // With nothing reached, the first stage (the figure in the centre) comes first.
  const first = model.current ?? 0;
  const rank = (i: number) => (i === first ? 0 : i === last ? 1 : i === 0 ? 2 : 3);
  const order = [...texts.stages.keys()].sort((a, b) => rank(a) - rank(b) || a - b);
  const placed: Box[] = [...obstacles];
  const labels: (StageLabel | undefined)[] = [];
  for (const i of order) {
    const angle = angles[i]!;
    const lines = wrapped[i]!;
    const width = widths[i]!;
    const count = figures[i]!.length + lines.length;
    let label = labelAt(angle, ring.radius + OFFSET, ring, width, count);
    // The others move out only a little: pushed far, they would shrink the ring to make room.
    const steps = rank(i) < 3 ? 12 : 2;
    for (let step = 1; step <= steps && placed.some((b) => overlaps(b, label.box)); step++) {
      label = labelAt(angle, ring.radius + OFFSET + step * 6, ring, width, count);
    }
    if (rank(i) > 0 && placed.some((b) => overlaps(b, label.box))) continue;
    if (bounds && !inside(label.box, bounds.box)) {
      if (rank(i) > 0 || !bounds.keepFirst) continue;
      label = moveInside(label, bounds.box);
    }
    placed.push(label.box);
    labels[i] = {
      stage: i,
      x: round(label.x),
      y: round(label.y),
      anchor: label.anchor,
      figure: texts.stages[i]!.figure,
      figureLines: figures[i]!,
      lines,
      current: i === model.current,
      box: label.box,
    };
  }
  // Drawn in stage order.
  return labels.filter((l): l is StageLabel => l !== undefined);
}

export function labelWidths(
  figures: string[][],
  wrapped: string[][],
  typeset: Typeset = ESTIMATE,
): number[] {
  return figures.map((figure, i) => labelWidth(figure, wrapped[i]!, typeset));
}

export function labelWidth(figure: string[], lines: string[], typeset: Typeset = ESTIMATE): number {
  const bold = figure.map((f) => typeset.width(f, FONT, true));
  return Math.max(...bold, ...lines.map((l) => typeset.width(l, FONT)));
}

/**
 * A figure wider than `cap` whose hedge is written in words ("plus de 240 MW") breaks after the
 * hedge, so that the words do not push the ring down to nothing at 320 px; others stay whole.
 */
export function figureLines(figure: string, cap: number, typeset: Typeset = ESTIMATE): string[] {
  const split = hedgeSplit(figure);
  if (!split || typeset.width(figure, FONT, true) <= cap) return [figure];
  return split;
}

/** A figure with a worded hedge before its number as two lines ("plus de" / "240 MW"), else undefined. */
export function hedgeSplit(figure: string): [string, string] | undefined {
  const hedge = /^(\D*\p{L}\D*?)[\s\u00a0]+(?=[\d.,])/u.exec(figure);
  return hedge ? [hedge[1]!, figure.slice(hedge[0].length)] : undefined;
}

/**
 * A label at distance `r` from the ring's centre along `angle`. A side label is centred on its
 * point; near the top (or the bottom) its lines nearest the ring would reach into it, so it rises
 * (or drops) until clear, at most until its bottom (top) line is level with its point, and beyond
 * that moves out along its angle.
 */
function labelAt(angle: number, r: number, ring: Ring, width: number, lines: number) {
  const s = Math.sin(angle);
  const height = lines * LINE;
  const anchor: StageLabel['anchor'] = s > 0.2 ? 'start' : s < -0.2 ? 'end' : 'middle';
  for (let step = 0; ; step++) {
    const px = ring.cx + r * s;
    const py = ring.cy - r * Math.cos(angle);
    const left = anchor === 'start' ? px : anchor === 'end' ? px - width : px - width / 2;
    const at = (top: number) => ({ left, right: left + width, top, bottom: top + height });
    // Labels near the top sit above their point.
    let box = at(anchor === 'middle' ? py - height : py - height / 2);
    const away = py < ring.cy ? -1 : 1;
    for (let shift = 1; anchor !== 'middle' && shift <= height / 2; shift++) {
      if (clearance(box, ring) >= CLEAR) break;
      box = at(py - height / 2 + away * shift);
    }
    if (step === 50 || clearance(box, ring) >= CLEAR) {
      return { x: px, y: box.top + LINE * 0.8, anchor, box };
    }
    r += 2;
  }
}

/** How far `box` lies outside the ring (negative: it reaches into it). */
function clearance(box: Box, ring: Ring): number {
  const x = Math.min(box.right, Math.max(box.left, ring.cx)) - ring.cx;
  const y = Math.min(box.bottom, Math.max(box.top, ring.cy)) - ring.cy;
  return Math.hypot(x, y) - ring.radius;
}

const inside = (a: Box, b: Box): boolean =>
  a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** A label moved the least way into `bounds`, sideways and down (never up: it sits above its stage). */
function moveInside<L extends { x: number; y: number; box: Box }>(label: L, bounds: Box): L {
  const { box } = label;
  const dx =
    box.left < bounds.left ? bounds.left - box.left : Math.min(0, bounds.right - box.right);
  const dy = Math.max(0, bounds.top - box.top);
  const moved = {
    left: box.left + dx,
    right: box.right + dx,
    top: box.top + dy,
    bottom: box.bottom + dy,
  };
  return { ...label, x: label.x + dx, y: label.y + dy, box: moved };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
