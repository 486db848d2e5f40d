// Problems with an article part in, messages per form field out: the schema validator's errors
// and the widget's own issues (`lede-error`), each keyed by the field it is about
// (`ramp/stages/1/value`), so that the form shows it next to that field.
import type { LedeIssue } from '../core/data/issues.js';
import type { Validator } from './schema-form.js';
import { issuePointer } from './pointer.js';
import type { PartName } from './embed.js';

export type FieldErrors = Map<string, string[]>;

/** How a widget's warning begins: it drew all the same, so the code may be copied. */
export const WARNS = 'The widget warns: ';

/** Fields with an error that keeps the code from being copied (anything but a warning). */
export const blocking = (errors: FieldErrors): string[] =>
  [...errors].filter(([, list]) => list.some((m) => !m.startsWith(WARNS))).map(([id]) => id);

const add = (errors: FieldErrors, id: string, message: string) => {
  const list = errors.get(id) ?? [];
  if (!list.includes(message)) list.push(message);
  errors.set(id, list);
};

/** The validator's errors for `data`, by field; a missing required field is the field's error. */
export function schemaErrors(part: PartName, validate: Validator, data: unknown): FieldErrors {
  const errors: FieldErrors = new Map();
  if (validate(data)) return errors;
  for (const error of validate.errors ?? []) {
    const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : '';
    const extra =
      error.keyword === 'additionalProperties' ? String(error.params['additionalProperty']) : '';
    const pointer =
      missing || extra ? `${error.instancePath}/${missing || extra}` : error.instancePath;
    const message = missing
      ? 'Required.'
      : extra
        ? 'Not a field of this widget.'
        : `${capitalize(error.message ?? 'is not valid')}.`;
    add(errors, `${part}${pointer}`, message);
  }
  return errors;
}

/** The widget's issues, by field (an issue about no one field goes to the part itself). */
export function widgetErrors(
  part: PartName,
  issues: readonly LedeIssue[],
  known: (id: string) => boolean,
): FieldErrors {
  const errors: FieldErrors = new Map();
  for (const found of issues) {
    const id = `${part}${issuePointer(found.attribute)}`;
    const prefix = found.severity === 'error' ? 'The widget cannot draw: ' : WARNS;
    add(errors, known(id) ? id : part, `${prefix}${found.message}.`);
  }
  return errors;
}

/** Both lists of errors in one map. */
export function mergeErrors(...maps: FieldErrors[]): FieldErrors {
  const errors: FieldErrors = new Map();
  for (const map of maps) for (const [id, list] of map) for (const m of list) add(errors, id, m);
  return errors;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
