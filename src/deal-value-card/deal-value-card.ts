import {
  html,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { LedeElement } from '../core/element/lede-element.js';
import { baseStyles } from '../core/theme/styles.js';
import { jsonConverter } from '../core/data/json.js';
import { memoizeLast } from '../core/data/memo.js';
import { hasFatal } from '../core/data/issues.js';
import { renderDataTable } from '../core/a11y/data-table.js';
import { clampedText } from '../core/element/clamped.js';
import { parseDeal, type DealInput, type DealModel } from './model.js';

/** The data fields, in one order for reading them and for handing them to parseDeal(). */
const FIELDS = [
  'amount',
  'currency',
  'convertedAmount',
  'convertedCurrency',
  'label',
  'buyer',
  'seller',
  'date',
  'compare',
  'precision',
] as const satisfies readonly (keyof DealInput)[];
import { describeDeal, type DealTexts } from './describe.js';
import { barsHeight, dealBars, type BarRow } from './layout.js';
import { cardStyles } from './deal-value-card.styles.js';

/** A comparison as authors write it in the `compare` attribute or property. */
export interface ComparisonInput {
  label: string;
  amount: number;
  /** The deal's currency (default) or its converted currency. */
  currency?: string;
}

/**
 * A card with a deal's value written as newsrooms write money, the reported conversion, who bought
 * what from whom and when, and bars that put the deal beside other figures.
 *
 * @summary A deal's value in words, with a comparison chart.
 * @tagname lede-deal-value-card
 *
 * @attr amount - The deal's value, a number (100000000000).
 * @attr currency - ISO 4217 code of `amount` (JPY).
 * @attr converted-amount - The value in another currency, as reported (the card never fetches a rate).
 * @attr converted-currency - ISO 4217 code of `converted-amount`.
 * @attr label - What was bought.
 * @attr buyer - Who bought it.
 * @attr seller - Who sold it.
 * @attr date - When: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`, shown at that precision ("March 14, 2025", "March 2025", "2025").
 * @attr compare - JSON array of `{label, amount, currency?}` in `currency` or `converted-currency`.
 * @attr precision - Significant digits of the figures, 1 to 6 (default 3).
 *
 * @fires lede-ready - Once the card is drawn, and again whenever new data is drawn. No detail.
 * @fires lede-error - When inputs have problems. `detail.issues` is an array of `{attribute, value, message, severity}`.
 *
 * @csspart frame - The figure around everything.
 * @csspart heading - The heading.
 * @csspart headline - The deal's value in words.
 * @csspart conversion - The reported conversion.
 * @csspart what - What was bought.
 * @csspart who - Buyer, seller and date.
 * @csspart chart - The box of the comparison bars (its height is reserved before drawing).
 * @csspart placeholder - The quiet block shown while a `src` document loads, or until a framework sets data props its server render wrote as `[object Object]`.
 * @csspart bars - The comparison chart.
 * @csspart note - How the comparison was converted.
 * @csspart error - The message shown instead of the card when inputs are unusable.
 * @csspart source - The source line.
 * @csspart table - The visually hidden table of the compared amounts.
 *
 * @cssprop --lede-font-family - Font of all text (default: inherited from the page).
 * @cssprop --lede-font-size-heading - Size of the heading (default 1.1em).
 * @cssprop --lede-color-text - Text colour.
 * @cssprop --lede-color-muted - Secondary text: conversion, parties, note, source.
 * @cssprop --lede-color-background - Background of the widget.
 * @cssprop --lede-color-accent - The headline figure.
 * @cssprop --lede-color-planned - Default colour of the comparison bars.
 * @cssprop --lede-color-track - The placeholder while a `src` document loads.
 * @cssprop --lede-color-error - Text of the error message.
 * @cssprop --lede-padding - Space around the widget's content (default 12px 0).
 * @cssprop --lede-card-headline-size - Size of the headline figure (default 2em).
 * @cssprop --lede-card-bar - Bars of the comparisons (default: the planned colour).
 * @cssprop --lede-card-deal - The deal's own bar (default: the accent colour).
 *
 * @slot - A `<script type="application/json">` child may carry the data fields (`amount`, `currency`, `convertedAmount`, `convertedCurrency`, `label`, `buyer`, `seller`, `date`, `compare`, `precision`, `heading`, `source`). Attributes win over it.
 */
export class LedeDealValueCard extends LedeElement {
  static override styles = [baseStyles, cardStyles];

  static override properties: PropertyDeclarations = {
    amount: {},
    currency: {},
    convertedAmount: { attribute: 'converted-amount' },
    convertedCurrency: { attribute: 'converted-currency' },
    label: {},
    buyer: {},
    seller: {},
    date: {},
    compare: { converter: jsonConverter },
    precision: {},
  };

  /** The deal's value. */
  declare amount?: number | string;
  /** ISO 4217 code of `amount`. */
  declare currency?: string;
  /** The value in another currency, as reported. */
  declare convertedAmount?: number | string;
  /** ISO 4217 code of `convertedAmount`. */
  declare convertedCurrency?: string;
  /** What was bought. */
  declare label?: string;
  /** Who bought it. */
  declare buyer?: string;
  /** Who sold it. */
  declare seller?: string;
  /** When: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`, shown at the precision given. */
  declare date?: string;
  /** Figures to compare with: an array of `{label, amount, currency?}`, or its JSON text. */
  declare compare?: readonly ComparisonInput[] | string;
  /** Significant digits, 1 to 6. */
  declare precision?: number | string;

  #model?: DealModel;
  #texts?: DealTexts;
  #rows?: BarRow[];
  /** The width the rows were laid out at. */
  #width = 0;
  // Parsed again only when one of the field values changes (not on a resize).
  readonly #parse = memoizeLast((...values: unknown[]) =>
    parseDeal(Object.fromEntries(FIELDS.map((k, i) => [k, values[i]])) as unknown as DealInput),
  );
  readonly #describe = memoizeLast(describeDeal);

  protected get drawn(): DealModel | undefined {
    return this.#rows ? this.#model : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#rows = undefined;
    if (this.pending) return;
    const result = this.#parse(...FIELDS.map((k) => this.field(k, this[k])));
    this.addIssues(result.issues);
    this.#model = hasFatal(this.issues) ? undefined : result.model;
    this.#texts = this.#model && this.#describe(this.#model, this.resolvedLocale);
    const width = (this.#width = this.box.width);
    this.#rows =
      this.#texts && width > 0 ? dealBars(this.#texts.bars, width, this.typeset) : undefined;
  }

  protected renderChart(): TemplateResult | typeof nothing {
    const rows = this.#rows;
    const t = this.#texts;
    if (!t) return nothing;
    const table = renderDataTable({
      caption: t.summary,
      headers: t.headers,
      rows: t.rows,
    });
    // Without comparisons, only the table: every output (the server's SVG and PNG included) then
    // has the figures in words from its caption.
    if (t.bars.length === 0) return table;
    // Far from the viewport the bars are not drawn yet, but screen readers already get the figures.
    if (!rows) return table;
    return html`<svg
        class="bars"
        part="bars"
        viewBox="0 0 ${this.#width} ${barsHeight(rows.length, this.#width)}"
        aria-hidden="true"
      >
        ${rows.map(
          (r) => svg`<text x=${r.x} y=${r.y}>${r.label}</text>
            <text class="money" x=${r.moneyX} y=${r.moneyY} text-anchor=${r.moneyAnchor}>${r.money}</text>
            <rect class="bar ${r.deal ? 'deal' : ''}" x="0" y=${r.barY} width=${r.barWidth} height="14"></rect>`,
        )}
      </svg>
      ${table}`;
  }

  /** As the stylesheet sets it: one row per bar, taller rows below 420px. */
  protected override chartHeight(width: number): number {
    return barsHeight(this.#texts?.bars.length ?? 3, width);
  }

  protected override renderAboveChart(): TemplateResult | typeof nothing {
    const t = this.#texts;
    if (!t) return nothing;
    return html`<p class="headline" part="headline">${t.headline}</p>
      ${t.conversion ? html`<p class="conversion" part="conversion">${t.conversion}</p>` : nothing}
      ${this.#model?.label ? this.#renderClamped('what', this.#model.label) : nothing}
      ${
        t.parties || t.date
          ? this.#renderClamped(
              'who',
              [t.parties, t.date && keepWhole(t.date)].filter(Boolean).join(' · '),
            )
          : nothing
      }`;
  }

  /** Author text, clamped before any hedge it ends with. */
  #renderClamped(part: 'what' | 'who', text: string): TemplateResult {
    const [clamp, content] = clampedText(text);
    return html`<p class="${part} ${clamp}" part=${part}>${content}</p>`;
  }

  protected override renderBelowChart(): TemplateResult | typeof nothing {
    const note = this.#texts?.rateNote;
    return note ? html`<p class="note" part="note">${note}</p>` : nothing;
  }

  /**
   * The chart's height follows its number of rows, known from the data before anything is drawn;
   * the stylesheet turns it into pixels for the container's width (container query), so the box
   * has its final height before the width is even measured.
   */
  protected override chartStyle(): Record<string, string> {
    // Without data (an error message in the box) the stylesheet's default of three rows applies.
    return this.#texts ? { '--_rows': String(this.#texts.bars.length) } : {};
  }
}

/**
 * A date a line never breaks inside ("March 14, 2025", "14 mars 2025", "2025年3月14日"): its spaces
 * made no-break, and a word joiner (U+2060, invisible) beside each Chinese or Japanese character,
 * where lines may otherwise break between any two characters.
 */
const keepWhole = (text: string): string =>
  text
    .replace(/ /g, '\u00a0')
    .replace(
      /(?<=\S)(?=\S)(?:(?<=[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}])|(?=[\p{sc=Han}\p{sc=Hira}\p{sc=Kana}]))/gu,
      '\u2060',
    );
