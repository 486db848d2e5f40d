// Gauge model: raw attribute/property values in, a validated model in display units plus issues out.
// Nothing here falls back to a figure the author did not give: a unit, an end of scale or a stage
// reached that cannot be read is an error the widget shows.
import { hasFatal, issue, showValue, type LedeIssue } from '../core/data/issues.js';
import { parseJsonValue, readJsonField } from '../core/data/json.js';
import { parseNumber } from '../core/data/parse.js';
import {
  convertPower,
  displayUnitFor,
  parsePowerUnit,
  type PowerUnit,
} from '../core/format/power.js';
import { parseStages, type GaugeStage } from './stages.js';

export type { GaugeStage };

export interface GaugeModel {
  /** Stages in `unit`, in order. */
  stages: GaugeStage[];
  /** The unit the figures are shown in: the author's, unless `display-unit` asked for another. */
  unit: PowerUnit;
  /** `display-unit="auto"`: the unit was chosen to read best, and a tiny figure may read in a smaller one. */
  scaled: boolean;
  /** End of the scale, in `unit`. */
  max: number;
  /** Index of the last stage reached so far; absent when none is (the default). */
  current?: number;
}

export interface GaugeInput {
  stages: unknown;
  unit?: unknown;
  displayUnit?: unknown;
  max?: unknown;
  current?: unknown;
}

export interface GaugeResult {
  model?: GaugeModel;
  issues: LedeIssue[];
}

export function parseGauge(input: GaugeInput): GaugeResult {
  // JSON text is welcome as a property too: `el.stages = '[{"value":150}]'`.
  const given = typeof input.stages === 'string' ? readJsonField(input.stages) : input.stages;
  const json = parseJsonValue('stages', given);
  const stages = parseStages(json.value, json.issues.length > 0);
  // An absent unit is the documented default, MW: nothing was written, so no figure changes.
  const unit = parsePowerUnit('unit', input.unit, 'MW');
  const display = parsePowerUnit('display-unit', input.displayUnit, 'author', ['auto']);
  const max = parseNumber('max', input.max);
  const current = parseCurrent(input.current, stages.value.length);
  const issues = [...json.issues, ...stages.issues, ...unit.issues, ...display.issues];
  issues.push(...max.issues, ...current.issues);
  if (hasFatal(issues) || !unit.value || !display.value) return { issues };
  if (stages.value.length === 0) {
    return { issues: [...issues, issue('stages', input.stages, 'stages holds no usable stage')] };
  }

  // A loop, not Math.max(...values): spreading a few hundred thousand stages overflows the stack.
  const largest = stages.value.reduce((m, s) => Math.max(m, s.value), 0);
  const shown =
    display.value === 'author'
      ? unit.value
      : display.value === 'auto'
        ? displayUnitFor(largest, unit.value)
        : display.value;
  const scale = (v: number) => convertPower(v, unit.value!, shown);
  const end = checkMax(input.max, max.value, largest, unit.value, scale);
  const values = stages.value.map((s) => scale(s.value));
  if (!values.every(Number.isFinite)) {
    const message = `stages are too large to draw in ${shown}; give display-unit a larger unit`;
    end.issues.push(issue('display-unit', input.displayUnit, message));
  }
  if (hasFatal(end.issues)) return { issues: [...issues, ...end.issues] };
  const model: GaugeModel = {
    stages: stages.value.map((s, i) => ({ ...s, value: values[i]! })),
    unit: shown,
    scaled: display.value === 'auto',
    max: end.value ?? niceMaxAbove(scale(largest)),
    ...(current.value === undefined ? {} : { current: current.value }),
  };
  return { model, issues };
}

/** The author's end of scale in display units; an error when it would cut the ramp or cannot be drawn. */
function checkMax(
  raw: unknown,
  max: number | undefined,
  largest: number,
  unit: PowerUnit,
  scale: (v: number) => number,
): { value?: number; issues: LedeIssue[] } {
  if (max === undefined) return { issues: [] };
  if (max < largest || max <= 0) {
    const message = `max (${max} ${unit}) must be above 0 and at least the largest stage (${largest} ${unit}); leave it out for a round number above the largest stage`;
    return { issues: [issue('max', raw, message)] };
  }
  // Stages shown in a smaller unit scale max up: 1e302 MW is 1e308 W, past the largest number.
  if (!Number.isFinite(scale(max))) {
    const message = `max (${max} ${unit}) is too large to draw in the unit shown`;
    return { issues: [issue('max', raw, message)] };
  }
  return { value: scale(max), issues: [] };
}

/** `none` (the default: nothing reached unless the author says so) or the index of a stage. */
function parseCurrent(raw: unknown, count: number): { value?: number; issues: LedeIssue[] } {
  if (raw === undefined || raw === null) return { issues: [] };
  if (typeof raw === 'string' && /^\s*(none)?\s*$/i.test(raw)) return { issues: [] };
  const current = parseNumber('current', raw, { integer: true, min: 0 });
  const last = count - 1;
  if (current.issues.length === 0 && current.value !== undefined && current.value <= last) {
    return { value: current.value, issues: [] };
  }
  // With no usable stage the stages' own issue says what is wrong; an index cannot be checked.
  if (current.issues.length === 0 && count === 0) return { issues: [] };
  const range = count > 1 ? `from 0 to ${last}` : '0';
  const message = `current must be "none" or the index of the last stage reached, ${range}; got ${showValue(raw)}`;
  return { issues: [issue('current', raw, message)] };
}

/** A round number strictly above `largest`, on a 1-2-5 step of about a fifth of it: 240 → 250, 150 → 160. */
export function niceMaxAbove(largest: number): number {
  if (!(largest > 0)) return 1;
  // d3-array's tickStep computes the same step but costs 0.3 KB min+gzip, a fifth of our headroom.
  const rough = largest / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const ratio = rough / power;
  const step =
    power *
    (ratio >= Math.sqrt(50) ? 10 : ratio >= Math.sqrt(10) ? 5 : ratio >= Math.sqrt(2) ? 2 : 1);
  // The epsilon and the rounding keep binary noise out: 0.3 / 0.05 is 5.999…, and 7 * 0.05 is 0.35000…01.
  const nice = Number(((Math.floor(largest / step + 1e-9) + 1) * step).toPrecision(12));
  // At the ends of the number range the step underflows to 0 (5e-324 gives NaN) or the round
  // number overflows (1.7e308 gives Infinity): the largest stage then ends the scale itself.
  return Number.isFinite(nice) && nice > largest ? nice : largest;
}
