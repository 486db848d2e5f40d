// JSON attributes: text in, parsed data or a marker (InvalidJson, ObjectText) out, so bad JSON
// becomes an issue.
import type { ComplexAttributeConverter } from 'lit';
import { issue, showValue, type Parsed } from './issues.js';

/** What a JSON attribute holds when its text did not parse; models turn it into an issue. */
export class InvalidJson {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {}
}

/**
 * What a JSON attribute holds when its text is what `String()` makes of an object or an array of
 * objects (`[object Object]`, `[object Object],[object Object]`): a framework that renders on a
 * server wrote the attribute for data it sets as a property when it hydrates (SvelteKit's
 * prerender does). Elements wait for the property a while; models turn it into an issue.
 */
export class ObjectText {
  constructor(readonly text: string) {}
}

// Not the empty text, which an empty array also becomes: an author writing `sites=""` by hand
// gets the error at once (the fuzz test holds every widget to "drawn or in error, never busy").
const OBJECT_TEXT = /^\[object Object\](,\[object Object\])*$/;

export function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return new InvalidJson(text, error instanceof Error ? error.message : String(error));
  }
}

/** Reads a JSON field's text (attribute or string property): data, InvalidJson or ObjectText. */
export function readJsonField(text: string): unknown {
  return OBJECT_TEXT.test(text) ? new ObjectText(text) : readJson(text);
}

/**
 * Lit converter for JSON attributes. Lit's default converter turns bad JSON into `null` silently;
 * this one keeps the text and the parser's reason, and serialises properties back as JSON.
 */
export const jsonConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => (value === null ? undefined : readJsonField(value)),
  toAttribute: (value) => (value === undefined ? null : JSON.stringify(value)),
};

/** Reports an InvalidJson or ObjectText value for `attribute`; passes anything else through. */
export function parseJsonValue(attribute: string, raw: unknown): Parsed<unknown> {
  if (raw instanceof ObjectText) {
    const message = `${attribute} got the text ${showValue(raw.text)}: set it as a property or as JSON`;
    return { value: undefined, issues: [issue(attribute, raw.text, message)] };
  }
  if (raw instanceof InvalidJson) {
    const message = `${attribute} is not valid JSON (${raw.reason})`;
    return { value: undefined, issues: [issue(attribute, raw.text, message)] };
  }
  return { value: raw, issues: [] };
}
