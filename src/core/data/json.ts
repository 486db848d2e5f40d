// JSON attributes: text in, parsed data or an InvalidJson marker out, so bad JSON becomes an issue.
import type { ComplexAttributeConverter } from 'lit';
import { issue, type Parsed } from './issues.js';

/** What a JSON attribute holds when its text did not parse; models turn it into an issue. */
export class InvalidJson {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

export function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return new InvalidJson(text, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Lit converter for JSON attributes. Lit's default converter turns bad JSON into `null` silently;
 * this one keeps the text and the parser's reason, and serialises properties back as JSON.
 */
export const jsonConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value === null ? undefined : readJson(value)),
  toAttribute: (value) => (value === undefined ? null : JSON.stringify(value)),
};

/** Reports an InvalidJson value for `attribute`; passes anything else through. */
export function parseJsonValue(attribute: string, raw: unknown): Parsed<unknown> {
  if (raw instanceof InvalidJson) {
    const message = `${attribute} is not valid JSON (${raw.reason})`;
    return { value: undefined, issues: [issue(attribute, raw.text, message)] };
  }
  return { value: raw, issues: [] };
}
