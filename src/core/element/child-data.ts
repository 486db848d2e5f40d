// Data from a <script type="application/json"> child, for CMSs that mangle attributes.
import { issue, type Parsed } from '../data/issues.js';
import { InvalidJson, readJson } from '../data/json.js';

export const CHILD_DATA_SELECTOR = ':scope > script[type="application/json"]';

/** Parses the text of a JSON data child into an object of field values. */
export function parseChildData(text: string | null): Parsed<Record<string, unknown>> {
  if (text === null) return { value: {}, issues: [] };
  const where = 'script[type="application/json"]';
  const data = readJson(text);
  if (data instanceof InvalidJson) {
    return {
      value: {},
      issues: [
        issue(
          where,
          text,
          `the JSON data child is not valid JSON (${data.reason}); ignoring it`,
          'warning',
        ),
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const message = 'the JSON data child must hold an object; ignoring it';
    return { value: {}, issues: [issue(where, text, message, 'warning')] };
  }
  return { value: data as Record<string, unknown>, issues: [] };
}
