// Gauge model: raw attribute/property values in, a validated model in display units plus issues out.
import { hasFatal, issue, type LedeIssue } from '../core/data/issues.js';
import { parseJsonValue, readJson } from '../core/data/json.js';
import { parseEnum, parseNumber } from '../core/data/parse.js';
import { convertPower, displayUnitFor, POWER_UNITS, type PowerUnit } from '../core/format/power.js';
import { parseStages, type GaugeStage } from './stages.js';

export type { GaugeStage };

export interface GaugeModel {
  /** Stages in `unit`, in order. */
  stages: GaugeStage[];
  /** The unit the figures are shown in (scaled from the given unit: 1200 MW becomes 1.2 GW). */
  unit: PowerUnit;
  /** End of the scale, in `unit`. */
  max: number;
  /** Index of the stage reached so far. */
  current: number;
}

export interface GaugeInput {
  stages: unknown;
  unit?: unknown;
  max?: unknown;
  current?: unknown;
}

export interface GaugeResult {
  model?: GaugeModel;
  issues: LedeIssue[];
}

export function parseGauge(input: GaugeInput): GaugeResult {
  // JSON text is welcome as a property too: `el.stages = '[{"value":150}]'`.
  const given = typeof input.stages === 'string' ? readJson(input.stages) : input.stages;
  const json = parseJsonValue('stages', given);
  const stages = parseStages(json.value, json.issues.length > 0);
  const unit = parseEnum('unit', input.unit, POWER_UNITS, 'MW');
  const issues = [...json.issues, ...stages.issues, ...unit.issues];
  if (hasFatal(issues)) return { issues };
  if (stages.value.length === 0) {
    return { issues: [...issues, issue('stages', input.stages, 'stages holds no usable stage')] };
  }

  // A loop, not Math.max(...values): spreading a few hundred thousand stages overflows the stack.
  const largest = stages.value.reduce((m, s) => Math.max(m, s.value), 0);
  const shown = displayUnitFor(largest, unit.value);
  const scale = (v: number) => convertPower(v, unit.value, shown);
  const max = parseMax(input.max, largest, unit.value, scale);
  const current = parseCurrent(input.current, stages.value.length);
  const model: GaugeModel = {
    stages: stages.value.map((s) => ({ ...s, value: scale(s.value) })),
    unit: shown,
    max: max.value === undefined ? niceMaxAbove(scale(largest)) : scale(max.value),
    current: current.value,
  };
  return { model, issues: [...issues, ...max.issues, ...current.issues] };
}

function parseMax(raw: unknown, largest: number, unit: PowerUnit, scale: (v: number) => number) {
  const max = parseNumber('max', raw);
  if (max.issues.length > 0) return { value: undefined, issues: asWarnings(max.issues) };
  if (max.value !== undefined && (max.value < largest || max.value <= 0)) {
    const message = `max (${max.value} ${unit}) is below the largest stage (${largest} ${unit}); using a round number above it`;
    return { value: undefined, issues: [issue('max', raw, message, 'warning')] };
  }
  // Stages shown in a smaller unit scale max up: 1e302 MW is 1e308 W, past the largest number.
  if (max.value !== undefined && !Number.isFinite(scale(max.value))) {
    const message = `max (${max.value} ${unit}) is too large to draw; using a round number above the largest stage`;
    return { value: undefined, issues: [issue('max', raw, message, 'warning')] };
  }
  return max;
}

function parseCurrent(raw: unknown, count: number) {
  const current = parseNumber('current', raw, { integer: true, min: 0 });
  if (current.issues.length > 0) return { value: 0, issues: asWarnings(current.issues) };
  if (current.value !== undefined && current.value >= count) {
    const message = `current must be a stage index from 0 to ${count - 1}; got ${current.value}, using 0`;
    return { value: 0, issues: [issue('current', raw, message, 'warning')] };
  }
  return { value: current.value ?? 0, issues: [] };
}

function asWarnings(issues: LedeIssue[]): LedeIssue[] {
  return issues.map((i) => ({
    ...i,
    message: `${i.message}; using the default`,
    severity: 'warning',
  }));
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
