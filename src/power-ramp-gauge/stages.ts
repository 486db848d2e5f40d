// Stage list: the parsed `stages` JSON in, typed stages plus issues naming the faulty field out.
import { issue, showValue, type LedeIssue, type Parsed } from '../core/data/issues.js';
import { parseBoolean, parseNumber, parseText } from '../core/data/parse.js';

export interface GaugeStage {
  /** Power at this stage, >= 0. */
  value: number;
  label?: string;
  /** The figure is a floor ("more than 240 MW"). */
  atLeast: boolean;
}

const SHAPE = 'a JSON array of stages like [{"value":150,"label":"2026"}]';

/** `alreadyReported`: the JSON itself failed, so a missing list is not worth a second issue. */
export function parseStages(raw: unknown, alreadyReported = false): Parsed<GaugeStage[]> {
  if (raw === undefined || raw === null) {
    if (alreadyReported) return { value: [], issues: [] };
    return { value: [], issues: [issue('stages', raw, `stages is required: ${SHAPE}`)] };
  }
  if (!Array.isArray(raw)) {
    return {
      value: [],
      issues: [issue('stages', raw, `stages must be ${SHAPE}; got ${showValue(raw)}`)],
    };
  }
  if (raw.length === 0) {
    return {
      value: [],
      issues: [issue('stages', raw, `stages is empty: give at least one stage`)],
    };
  }
  const issues: LedeIssue[] = [];
  // An index loop, not map(): map() skips the holes of a sparse array, which must be reported.
  const stages: (GaugeStage | undefined)[] = [];
  for (let i = 0; i < raw.length; i++) stages.push(parseStage(raw[i], `stages[${i}]`, issues));
  stages.forEach((stage, i) => {
    const previous = stages[i - 1];
    if (stage && previous && stage.value < previous.value) {
      const message = `stages[${i}].value (${stage.value}) is below the stage before it (${previous.value}): a ramp must not go down`;
      issues.push(issue(`stages[${i}].value`, stage.value, message));
    }
  });
  return { value: stages.filter((s): s is GaugeStage => s !== undefined), issues };
}

function parseStage(item: unknown, at: string, issues: LedeIssue[]): GaugeStage | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    issues.push(
      issue(at, item, `${at} must be an object like {"value":150}; got ${showValue(item)}`),
    );
    return undefined;
  }
  const fields = item as Record<string, unknown>;
  if (fields.value === undefined || fields.value === null || fields.value === '') {
    issues.push(issue(`${at}.value`, fields.value, `${at}.value is required`));
    return undefined;
  }
  const value = parseNumber(`${at}.value`, fields.value, { min: 0 });
  const label = parseText(`${at}.label`, fields.label);
  const atLeast = parseBoolean(`${at}.atLeast`, fields.atLeast);
  // A label that is not text is left off a stage that is still drawn: a warning, not a dropped stage.
  issues.push(...value.issues, ...label.issues, ...atLeast.issues);
  if (value.value === undefined || atLeast.value === undefined) return undefined;
  return label.value === undefined
    ? { value: value.value, atLeast: atLeast.value }
    : { value: value.value, label: label.value, atLeast: atLeast.value };
}
