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
import { TweenController } from '../core/controllers/tween.js';
import { parseGauge, type GaugeModel } from './model.js';
import { describeGauge, type GaugeTexts } from './describe.js';
import { gaugeLayout, tickPath, type GaugeLayout } from './layout.js';
import type { StageLabel } from './labels.js';
import { gaugeStyles } from './power-ramp-gauge.styles.js';
import { boxHeight, GAUGE_BOX } from '../core/theme/metrics.js';

/** A stage as authors write it in the `stages` attribute or property. */
export interface GaugeStageInput {
  value: number;
  label?: string;
  atLeast?: boolean;
}

/**
 * An arc gauge of a plant's power ramp: the stage reached so far filled in, later stages as bands
 * with their labels, and the final target marked.
 *
 * @summary Power ramp of a plant or data centre, as an arc gauge.
 * @tagname lede-power-ramp-gauge
 *
 * @attr stages - JSON array of stages, in order: `[{"value":150,"label":"2026"},{"value":240,"atLeast":true}]`.
 * @attr unit - Unit of the stage values: `W`, `kW`, `MW` (default), `GW` or `TW`, in any case, or its name (`megawatts`, `mégawatts`, `メガワット`). Anything else is an error.
 * @attr display-unit - Unit the figures are drawn in: the author's `unit` (default), `auto` (the unit that reads best: 1200 MW as 1.2 GW) or a unit to convert to.
 * @attr {string} max - End of the scale, in `unit`, at least the largest stage. Default: a round number above the largest stage.
 * @attr {string} current - `none` (default): no stage reached yet, every stage drawn as planned; or the index of the last stage reached.
 *
 * @fires lede-ready - Once the chart is drawn, and again whenever new data is drawn. No detail.
 * @fires lede-error - When inputs have problems. `detail.issues` is an array of `{attribute, value, message, severity}`; `severity` is `error` when the chart cannot be drawn.
 *
 * @csspart frame - The figure around heading, chart and source.
 * @csspart heading - The heading above the chart.
 * @csspart chart - The box that holds the drawing (its height is reserved before drawing).
 * @csspart placeholder - The quiet block shown while a `src` document loads, or until a framework sets data props its server render wrote as `[object Object]`.
 * @csspart error - The message shown instead of the chart when inputs are unusable.
 * @csspart svg - The drawing itself.
 * @csspart track - The unfilled arc.
 * @csspart value - The filled arc, up to the stage reached (absent when none is).
 * @csspart planned - Bands of later stages, and the open band after a "more than" stage.
 * @csspart marker - The triangle marking the final stage.
 * @csspart figure - The large figure in the middle: the stage reached, or the first planned stage.
 * @csspart source - The source line.
 * @csspart table - The visually hidden data table.
 *
 * @cssprop --lede-font-family - Font of all text (default: inherited from the page).
 * @cssprop --lede-font-size-heading - Size of the heading (default 1.1em).
 * @cssprop --lede-color-text - Text colour.
 * @cssprop --lede-color-muted - Secondary text: stage labels, scale, source.
 * @cssprop --lede-color-background - Background of the widget.
 * @cssprop --lede-color-accent - The filled arc and the current figure.
 * @cssprop --lede-color-planned - Bands of later stages.
 * @cssprop --lede-color-track - The unfilled track.
 * @cssprop --lede-color-error - Text of the error message.
 * @cssprop --lede-padding - Space around the widget's content (default 12px 0).
 * @cssprop --lede-gauge-aspect-ratio - Width to height of the chart box (default 3 / 2).
 * @cssprop --lede-gauge-max-height - Tallest the chart box grows (default 360px).
 *
 * @slot - A `<script type="application/json">` child may carry the data fields (`stages`, `unit`, `displayUnit`, `max`, `current`, `heading`, `source`) for CMSs that mangle attributes. Attributes win over it.
 */
export class LedePowerRampGauge extends LedeElement {
  static override styles = [baseStyles, gaugeStyles];

  static override properties: PropertyDeclarations = {
    stages: { converter: jsonConverter },
    unit: {},
    displayUnit: { attribute: 'display-unit' },
    max: {},
    current: {},
  };

  /** Stages of the ramp, in order: an array of `{value, label?, atLeast?}` (`value` >= 0), or its JSON text. */
  declare stages?: readonly GaugeStageInput[] | string;

  /** Unit of the stage values: `W`, `kW`, `MW` (default), `GW`, `TW` in any case, or its name in English, French or Japanese. */
  declare unit?: string;

  /** Unit the figures are drawn in: the author's `unit` (default), `auto` (the one that reads best) or a unit. */
  declare displayUnit?: string;

  /** End of the scale, in `unit`. Default: a round number above the largest stage. */
  declare max?: number | string;

  /** `'none'` (default): no stage reached yet; or the index of the last stage reached. */
  declare current?: number | string;

  #model?: GaugeModel;
  #texts?: GaugeTexts;
  /** The layout from `willUpdate` to `render`, which lets it go: the drawing holds its figures. */
  #layout?: GaugeLayout;
  /** The model this update draws, if it draws one (see `drawn`). */
  #drawn?: GaugeModel;
  readonly #sweep = new TweenController(this, 900);
  readonly #parse = memoizeLast(
    (stages: unknown, unit: unknown, displayUnit: unknown, max: unknown, current: unknown) =>
      parseGauge({ stages, unit, displayUnit, max, current }),
  );
  readonly #describe = memoizeLast(describeGauge);

  protected get drawn(): GaugeModel | undefined {
    return this.#drawn;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#layout = this.#drawn = undefined;
    // Without animation the sweep is over before anything is drawn (and stops watching the viewport).
    if (!this.shouldAnimate) this.#sweep.finish();
    if (this.pending) return;
    const result = this.#parse(
      this.field('stages', this.stages),
      this.field('unit', this.unit),
      this.field('displayUnit', this.displayUnit),
      this.field('max', this.max),
      this.field('current', this.current),
    );
    this.addIssues(result.issues);
    this.#model = hasFatal(this.issues) ? undefined : result.model;
    this.#texts = this.#model && this.#describe(this.#model, this.resolvedLocale);
    const { width, height } = this.box;
    if (!this.#model || !this.#texts || width === 0 || height === 0) return;
    if (this.shouldAnimate) this.#sweep.start();
    this.#layout = gaugeLayout(
      this.#model,
      this.#texts,
      { width, height },
      this.#sweep.progress,
      this.typeset,
    );
    this.#drawn = this.#model;
  }

  /** As the stylesheet's default aspect ratio (3 / 2) and largest height (360px) give it. */
  protected override chartHeight(width: number): number {
    return boxHeight(GAUGE_BOX, width);
  }

  protected renderChart(): TemplateResult | typeof nothing {
    const l = this.#layout;
    this.#layout = undefined;
    const texts = this.#texts;
    const model = this.#model;
    if (!texts || !model) return nothing;
    const table = renderDataTable({
      caption: texts.summary,
      headers: texts.headers,
      rows: texts.rows,
    });
    // Far from the viewport nothing is drawn yet, but screen readers already get the figures.
    if (!l) return table;
    return html`<svg
        viewBox="0 0 ${l.width} ${l.height}"
        role="img"
        aria-label=${texts.summary}
        part="svg"
      >
        <g transform="translate(${l.cx},${l.cy})">
          <path class="track" part="track" d=${l.track}></path>
          ${l.planned.map((d) => svg`<path class="planned" part="planned" d=${d}></path>`)}
          ${l.beyond ? svg`<path class="beyond" part="planned" d=${l.beyond}></path>` : nothing}
          ${l.fill ? svg`<path class="fill" part="value" d=${l.fill}></path>` : nothing}
        </g>
        <path class="tick" d=${tickPath(l.ticks)}></path>
        <path class="target" part="marker" d=${l.target}></path>
        ${l.labels.map((label) => this.#renderLabel(label))}
        ${l.ends.map(
          (e) => svg`<text class="end" x=${e.x} y=${e.y} text-anchor=${e.anchor}>${e.text}</text>`,
        )}
        ${this.#renderCenter(l, model)}
      </svg>
      ${table}`;
  }

  #renderLabel(label: StageLabel) {
    const { x, figureLines: figures, lines } = label;
    const className = label.current ? 'current' : '';
    // No white space between the lines: each line is a text chunk of its own (its own x), and a
    // space before the next one would end this chunk, moving an end-anchored line a space's width
    // (a middle-anchored one half of it) off the place the layout measured for it.
    // Most labels are one figure over one line of label: a template of their own, without the two
    // lists of lines (and their parts) that wrapped labels need.
    if (figures.length === 1 && lines.length === 1) {
      return svg`<text class=${className} x=${x} y=${label.y} text-anchor=${label.anchor}><tspan class="figure" x=${x}>${figures[0]}</tspan><tspan class="stage-label" x=${x} dy="16">${lines[0]}</tspan></text>`;
    }
    // Wrapped ones: the figure's lines (at least one), then the label's.
    return svg`<text class=${className} x=${x} y=${label.y} text-anchor=${label.anchor}>${figures.map((f, i) => svg`<tspan class="figure" x=${x} dy=${i ? 16 : nothing}>${f}</tspan>`)}${lines.map((line) => svg`<tspan class="stage-label" x=${x} dy="16">${line}</tspan>`)}</text>`;
  }

  #renderCenter(l: GaugeLayout, model: GaugeModel) {
    const { center } = l;
    // center.lines hold the stage label cut to fit inside the ring; the full text is in the table.
    // With nothing reached it shows the first stage, in the planned style, never the reached one.
    const planned = model.current === undefined;
    return svg`<text class=${planned ? 'center-value planned-figure' : 'center-value'} part="figure"
        x=${center.x} y=${center.y} text-anchor="middle" font-size=${center.size}
        >${
          center.figureLines.length > 1
            ? center.figureLines.map(
                (line, i) => svg`<tspan x=${center.x} dy=${i ? '1.1em' : nothing}>${line}</tspan>`,
              )
            : center.figureLines[0]
        }</text>
      ${
        center.lines.length > 0
          ? svg`<text class="center-label" x=${center.x} y=${center.labelY} text-anchor="middle"
            font-size=${center.labelSize}>${center.lines.map(
              (line, i) => svg`<tspan x=${center.x} dy=${i ? '1.2em' : nothing}>${line}</tspan>`,
            )}</text>`
          : nothing
      }`;
  }
}
