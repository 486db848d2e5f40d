// Comparison chart: the bars' words and values and the chart width in, one row per bar (label and
// amount on a line, the bar below it) out. Bar lengths are proportional to the amounts in the bars'
// currency, the one every amount is labelled in. d3-interpolate maps them: d3-scale's scaleLinear would add 9 KB min+gzip to a card whose
// whole budget is 8 KB.
import { interpolateNumber } from 'd3-interpolate';
import { ESTIMATE, wrapText, type Typeset } from '../core/layout/text.js';
import { round } from '../core/layout/round.js';
import { clampKeepingHedge } from '../core/layout/hedge.js';
import type { DealTexts } from './describe.js';

/** Row heights: label and amount on one line above the bar, or (narrow) on two lines. */
export const ROW = 46;
export const STACKED_ROW = 62;
/** Below this width the amount moves under its label (the stylesheet uses the same figure). */
export const STACKED_BELOW = 420;
const FONT = 13;
/**
 * Text keeps this far from the chart's sides: glyphs reach up to 1 px past their advance (a serif
 * "V" or "T", DejaVu Serif at 13 px), and the chart clips what overhangs.
 */
const INSET = 1;

export interface BarRow {
  label: string;
  /** Where the label starts. */
  x: number;
  money: string;
  deal: boolean;
  /** Baseline of the label line. */
  y: number;
  /** Where the amount sits: end of the label line, or start of the line below it. */
  moneyX: number;
  moneyY: number;
  moneyAnchor: 'start' | 'end';
  barY: number;
  barWidth: number;
}

export function barsHeight(count: number, width: number): number {
  return count * (width < STACKED_BELOW ? STACKED_ROW : ROW);
}

/**
 * The amount's words: in the bars' currency, followed by the amount as given where that was in
 * another currency and there is room for it (beside the whole label, or on its own line).
 */
function moneyText(
  bar: DealTexts['bars'][number],
  width: number,
  stacked: boolean,
  typeset: Typeset,
): string {
  const full = bar.withOriginal;
  if (!full) return bar.money;
  const need =
    typeset.width(full, FONT, true) + (stacked ? 0 : 12 + typeset.width(bar.label, FONT));
  return need <= width ? full : bar.money;
}

export function dealBars(
  bars: DealTexts['bars'],
  width: number,
  typeset: Typeset = ESTIMATE,
): BarRow[] {
  const max = Math.max(...bars.map((b) => b.value), 0);
  const length = interpolateNumber(0, width);
  const stacked = width < STACKED_BELOW;
  const row = stacked ? STACKED_ROW : ROW;
  return bars.map((bar, i) => {
    const top = i * row;
    const inside = width - 2 * INSET;
    const money = moneyText(bar, inside, stacked, typeset);
    const room = stacked ? inside : Math.max(40, inside - typeset.width(money, FONT, true) - 12);
    // A hedge at the end of a label ("(reported)") stays: the words before it are cut instead.
    const label = clampKeepingHedge(bar.label, 1, (t, n) => wrapText(t, room, FONT, n, typeset));
    return {
      label: label.join(' '),
      x: INSET,
      money,
      deal: bar.deal,
      y: round(top + 16),
      moneyX: stacked ? INSET : width - INSET,
      moneyY: round(top + (stacked ? 32 : 16)),
      moneyAnchor: stacked ? 'start' : 'end',
      barY: round(top + (stacked ? 38 : 22)),
      // A zero amount still shows a sliver, so its row does not look empty.
      barWidth: round(Math.max(2, max > 0 ? length(bar.value / max) : 0)),
    };
  });
}
