// Gauge geometry: a model, its texts and the chart's size in, path strings and positions out.
// The arc runs clockwise from -120° to +120°, 0° at twelve o'clock.
import { interpolateNumber } from 'd3-interpolate';
import { ESTIMATE, wrapText, type Typeset } from '../core/layout/text.js';
import type { GaugeModel } from './model.js';
import type { GaugeTexts } from './describe.js';
import {
  FONT,
  LINE,
  figureLines,
  hedgeSplit,
  labelWidths,
  overlaps,
  placeStageLabels,
  type Box,
  type StageLabel,
} from './labels.js';
import { round } from '../core/layout/round.js';
import { flat, sectorPath } from '../core/layout/sector.js';

export const START = (-2 * Math.PI) / 3;
export const END = (2 * Math.PI) / 3;
const PAD = 4;
/** Font size of the scale's end labels (the stylesheet's `.end`). */
const END_FONT = 12;

export interface Point {
  x: number;
  y: number;
}

export interface GaugeLayout {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  /** Arc paths below are centred on (cx, cy): draw them inside a translated group. */
  track: string;
  /** Filled arc up to the stage reached, at the animation's progress; empty when none is reached. */
  fill: string;
  /** One band per stage after the one reached (every stage, from the start, when none is). */
  planned: string[];
  /** Open-ended band past a final "more than" stage. */
  beyond?: string;
  ticks: { from: Point; to: Point }[];
  target: string;
  labels: StageLabel[];
  ends: (Point & { text: string; anchor: 'middle' })[];
  /**
   * The big figure (`y`: its first baseline), on two lines where a worded hedge leaves it too small
   * on one (`figureLines`, 1.1 em apart), and below it the stage's label in at most two lines
   * (`labelY`: first baseline).
   */
  center: Point & {
    size: number;
    figureLines: string[];
    lines: string[];
    labelY: number;
    labelSize: number;
  };
}

/** The ticks as one path (one `d` to bind, not four coordinates per tick). */
export const tickPath = (ticks: GaugeLayout['ticks']): string =>
  ticks.map((t) => `M${t.from.x},${t.from.y}L${t.to.x},${t.to.y}`).join('');

export interface Size {
  width: number;
  height: number;
}

export function gaugeLayout(
  model: GaugeModel,
  texts: GaugeTexts,
  size: Size,
  progress = 1,
  typeset: Typeset = ESTIMATE,
): GaugeLayout {
  const angleOf = (v: number) =>
    interpolateNumber(START, END)(Math.min(1, Math.max(0, v / model.max)));
  const angles = model.stages.map((s) => angleOf(s.value));
  // Long stage labels wrap onto two lines of at most a fifth of the width, so they cannot
  // squeeze the ring; the full text stays in the summary and the table.
  const cap = Math.max(56, size.width * 0.2);
  const wrapped = texts.stages.map((t) =>
    t.label ? wrapText(t.label, cap, FONT, 2, typeset) : [],
  );
  const figures = texts.stages.map((t) => figureLines(t.figure, cap, typeset));
  const widths = labelWidths(figures, wrapped, typeset);
  const endWidths = [texts.min, texts.max].map((t) => typeset.width(t, END_FONT));
  // The figure in the centre: the stage reached, or the first one when none is.
  const forms = centerForms(texts.stages[model.current ?? 0]!.figure, typeset);
  const { radius, top, labelsFit } = fitRadius(
    model,
    angles,
    texts,
    wrapped,
    figures,
    widths,
    endWidths,
    size,
    (r) => centerFigure(forms, r).size >= MIN_CENTER,
  );
  const cx = size.width / 2;
  const cy = top + radius;
  const thickness = ringThickness(radius);
  const inner = radius - thickness;
  const path = (a0: number, a1: number) => sectorPath(a0, a1, inner, radius);
  const at = (angle: number, r: number): Point => ({
    x: round(cx + r * Math.sin(angle)),
    y: round(cy - r * Math.cos(angle)),
  });
  const ends = endLabels(radius, at);
  const endBoxes = ends.map((p, i) => endBox(p, endWidths[i]!));
  const labels = placeStageLabels(
    model,
    texts,
    angles,
    { cx, cy, radius },
    wrapped,
    figures,
    widths,
    endBoxes,
    { box: { left: 0, right: size.width, top: 0, bottom: size.height }, keepFirst: labelsFit },
  );
  // The label placed first (the stage in the centre) is never left out: where no radius keeps it
  // clear of an end of the scale, that end's figure gives way (the table still states the scale).
  const endClear = (i: number) => !labels.some((l) => overlaps(l.box, endBoxes[i]!));

  // With nothing reached (current absent) nothing is filled, every stage is a planned band from the
  // start, and the centre shows the first planned figure.
  const current = model.current;
  const last = model.stages[model.stages.length - 1]!;
  const lastAngle = angles[angles.length - 1]!;
  const bandStarts = current === undefined ? [START, ...angles] : angles.slice(current);
  const figure = centerFigure(forms, radius);
  const centerSize = figure.size;
  // The figure's block (ascent 0.75 em, lines 1.1 em apart, descent 0.25 em) is centred 0.05 em
  // below the ring's centre: one line has its baseline 0.3 em below it.
  const firstBaseline = centerSize * (0.3 - 0.55 * (figure.lines.length - 1));
  const lastBaseline = firstBaseline + centerSize * 1.1 * (figure.lines.length - 1);
  const labelSize = Math.min(18, Math.max(12, radius * 0.13));
  const centerLabel = texts.centerLabel;
  // Baseline to baseline: the figure's descent (0.2 em) and the label's ascent (0.9 em) at least.
  const labelDrop =
    lastBaseline + Math.max(14, centerSize * 0.55, centerSize * 0.2 + labelSize * 0.9);

  return {
    width: size.width,
    height: size.height,
    cx: round(cx),
    cy: round(cy),
    radius: round(radius),
    track: path(START, END),
    fill: current === undefined ? '' : path(START, START + (angles[current]! - START) * progress),
    planned: angles
      .slice(current === undefined ? 0 : current + 1)
      .map((a, i) => path(bandStarts[i]!, a)),
    beyond: last.atLeast && lastAngle < END ? path(lastAngle, END) : undefined,
    ticks: angles.map((a) => ({ from: at(a, inner - 3), to: at(a, radius + 3) })),
    target: targetMarker(lastAngle, radius, at),
    labels,
    ends: [
      { ...ends[0]!, text: texts.min, anchor: 'middle' as const },
      { ...ends[1]!, text: texts.max, anchor: 'middle' as const },
    ].filter((_, i) => endClear(i)),
    center: {
      x: round(cx),
      y: round(cy + firstBaseline),
      size: round(centerSize),
      figureLines: figure.lines,
      lines: centerLines(centerLabel, texts.centerShort, inner, labelDrop, labelSize, typeset),
      labelY: round(cy + labelDrop),
      labelSize: round(labelSize),
    },
  };
}

/**
 * The centre label on one line where it fits, else on two ("planned" / "for 2026") where the ring
 * leaves room below the first, each as wide as the chord at the second line's foot allows; a
 * planned label that still does not fit is its status word alone, and one cut after a digit is
 * left out.
 */
function centerLines(
  label: string | undefined,
  short: string | undefined,
  inner: number,
  drop: number,
  size: number,
  typeset: Typeset,
): string[] {
  if (!label) return [];
  const one = wrapText(label, chordAt(inner, drop), size, 1, typeset);
  const second = drop + size * 1.2;
  const lines =
    one[0] === label || chordAt(inner, second) < size * 2
      ? one
      : wrapText(label, chordAt(inner, second), size, 2, typeset);
  // "prévus en…" drops the year the stage label beside the ring gives anyway: "prévus" says it all.
  const cut = lines.length > 0 && lines[lines.length - 1]!.endsWith('…') && !label.endsWith('…');
  const shown = cut && short ? wrapText(short, chordAt(inner, drop), size, 1, typeset) : lines;
  // A label cut after a digit could show a false number ("20…" for 2032, "Phase 1…" for Phase 12):
  // the centre then shows none; the table, and the stage's label beside the ring where it fits,
  // give it whole.
  return shown.some((line) => /\d…$/.test(line)) ? [] : shown;
}

/**
 * Width inside the ring for a line of text whose baseline is `drop` px below its centre: the chord
 * at the text's lowest point (the ring narrows downwards), less a margin.
 */
function chordAt(inner: number, drop: number): number {
  const bottom = drop + 4;
  return 2 * Math.sqrt(Math.max(0, inner * inner - bottom * bottom)) - 16;
}

const ringThickness = (radius: number) => Math.min(30, Math.max(8, radius * 0.2));

/** Baseline centres of the scale's end labels, below the ends of the ring. */
function endLabels(radius: number, at: (a: number, r: number) => Point): Point[] {
  const thickness = ringThickness(radius);
  const middle = radius - thickness / 2;
  return [START, END].map((angle) => {
    const p = at(angle, middle);
    return { x: p.x, y: round(p.y + thickness / 2 + LINE) };
  });
}

/** The space an end label takes: `width` centred on its point, a line tall around its baseline. */
function endBox(p: Point, width: number): Box {
  const top = p.y - LINE * 0.8;
  // Half an em on each side: a stage label beside it must read as other words ("250 MW  later"),
  // and glyphs overhang their advance by a pixel or so in some fonts.
  const gap = END_FONT / 2;
  return { left: p.x - width / 2 - gap, right: p.x + width / 2 + gap, top, bottom: top + LINE };
}

/** A small triangle just outside the arc, pointing at the final stage. */
function targetMarker(angle: number, radius: number, at: (a: number, r: number) => Point): string {
  const tip = at(angle, radius + 2);
  const spread = 6 / (radius + 11);
  const left = at(angle - spread, radius + 11);
  const right = at(angle + spread, radius + 11);
  return flat`M${tip.x},${tip.y}L${left.x},${left.y}L${right.x},${right.y}Z`;
}

/** The centre figure's smallest size on a ring that can be made large enough for it, in pixels. */
const MIN_CENTER = 14;

/** A line of text's width as `a` px per pixel of font size plus `b` px (letter-spacing). */
interface Linear {
  line: string;
  a: number;
  b: number;
}

/**
 * The centre figure's lines as drawn on one line and, with a worded hedge, on two ("plus de" /
 * "1 200 MW"), each measured at two sizes: letter-spacing adds the same pixels at any size, so a
 * width measured at one size does not scale to another. Measured once per layout, not per radius;
 * the smaller size is the stage labels' (their bold figures are measured in it already, and each
 * new size of a font costs the browser milliseconds on a fresh page).
 */
function centerForms(figure: string, typeset: Typeset): Linear[][] {
  const LARGE = 40;
  const measure = (line: string): Linear => {
    const small = typeset.width(line, FONT, true);
    const a = (typeset.width(line, LARGE, true) - small) / (LARGE - FONT);
    return { line, a, b: small - FONT * a };
  };
  const hedge = hedgeSplit(figure);
  return [[measure(figure)], ...(hedge ? [hedge.map(measure)] : [])];
}

/**
 * Big figure in the middle: the largest size up to the wanted one at which each line is no wider
 * than 1.6 times the ring's inner radius and the block (ascent, lines and descent around the
 * centre) stays 2 px inside the ring; on two lines, where a worded hedge allows, when that draws it
 * larger than one line does and one line is below the smallest size.
 */
function centerFigure(forms: Linear[][], radius: number): { size: number; lines: string[] } {
  const inner = radius - ringThickness(radius);
  const wanted = Math.min(56, Math.max(20, radius * 0.34));
  // Each line no wider than 1.6 inner radii, and its corners 2 px inside the ring: the block's edges
  // are 0.55 em per line from the ring's centre (see the layout); letter-spacing's share of the half
  // width (b / 2) is added to the corner's distance, which errs on the safe side.
  const sizeOf = (lines: Linear[]) =>
    Math.max(
      0,
      Math.min(
        wanted,
        ...lines.flatMap(({ a, b }) => [
          (1.6 * inner - b) / a,
          (inner - 2 - Math.max(0, b) / 2) / Math.hypot(a / 2, 0.55 * lines.length),
        ]),
      ),
    );
  const [one, two] = forms.map((lines) => ({
    size: sizeOf(lines),
    lines: lines.map((l) => l.line),
  }));
  return one!.size >= MIN_CENTER || !two || two.size <= one!.size ? one! : two;
}

/** The largest radius whose arc, stage labels and end labels fit the box (bisection on r). */
function fitRadius(
  model: GaugeModel,
  angles: number[],
  texts: GaugeTexts,
  wrapped: string[][],
  figures: string[][],
  widths: number[],
  endWidths: number[],
  size: Size,
  centerFits: (radius: number) => boolean,
): { radius: number; top: number; labelsFit: boolean } {
  // Extents around the centre, with the labels placed exactly as they will be drawn (including
  // any pushed outward to clear a neighbour or the end labels).
  const extent = (r: number, withLabels = true) => {
    const ring = { cx: 0, cy: 0, radius: r };
    const at = (a: number, d: number) => ({ x: d * Math.sin(a), y: -d * Math.cos(a) });
    const ends = endLabels(r, at).map((p, i) => endBox(p, endWidths[i]!));
    const labels = withLabels
      ? placeStageLabels(model, texts, angles, ring, wrapped, figures, widths, ends)
      : [];
    const boxes = [...ends, ...labels.map((l) => l.box)];
    return {
      up: Math.max(r, ...boxes.map((b) => -b.top)),
      down: Math.max(r * 0.5 + 2 * LINE, ...boxes.map((b) => b.bottom)),
      side: Math.max(r, ...boxes.map((b) => Math.max(-b.left, b.right))),
    };
  };
  const inBox = (e: ReturnType<typeof extent>) =>
    e.side <= size.width / 2 - PAD && e.up + e.down <= size.height - 2 * PAD;
  /** The largest radius from 16 px up for which `fits` holds (bisection). */
  const largest = (fits: (r: number) => boolean) => {
    let lo = 16;
    let hi = Math.max(lo, Math.min(size.width, size.height));
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  let radius = largest((r) => inBox(extent(r)));
  // A ring too small for a readable centre figure grows to the smallest radius at which it is
  // readable, at most what the bare ring and its end labels leave room for; the stage labels that
  // no longer fit are left out (the summary and the table still give every stage).
  const labelsFit = centerFits(radius);
  if (!labelsFit) {
    radius = Math.max(radius, largest((r) => !centerFits(r) && inBox(extent(r, false))) + 1e-3);
  }
  const e = extent(radius, labelsFit);
  const slack = Math.max(0, size.height - 2 * PAD - e.up - e.down);
  return { radius, top: PAD + e.up - radius + slack / 2, labelsFit };
}
