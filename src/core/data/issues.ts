// Issues: what parsing found wrong with one attribute, and whether the widget can still draw.

/** One problem with one input, reported in `lede-error` events and console warnings. */
export interface LedeIssue {
  /** The attribute (or JSON field) at fault, e.g. `stages` or `stages[1].value`. */
  attribute: string;
  /** The offending value, as given. */
  value: unknown;
  /** What is wrong and what the widget did about it. */
  message: string;
  /** For a field read from a `src` document: its JSON Pointer in that document, e.g. `/sites/sites/2/lat`. */
  path?: string;
  /** `error`: the widget cannot draw; `warning`: it drew with a default. */
  severity: 'error' | 'warning';
  /** The item at fault was left out while the rest was drawn: readers see a note saying so. */
  dropped?: boolean;
}

/** A parsed value together with every issue found while parsing it. */
export interface Parsed<T> {
  value: T;
  issues: LedeIssue[];
}

export function issue(
  attribute: string,
  value: unknown,
  message: string,
  severity: LedeIssue['severity'] = 'error',
): LedeIssue {
  return { attribute, value, message, severity };
}

/** The same issues as warnings, each message ending in `note` when given: the widget goes on without. */
export function asWarnings(issues: readonly LedeIssue[], note?: string): LedeIssue[] {
  return issues.map((i) => ({
    ...i,
    severity: 'warning',
    message: note ? `${i.message}; ${note}` : i.message,
  }));
}

/** The same issues, marked as having left something out of the drawing. */
export function asDropped(issues: readonly LedeIssue[]): LedeIssue[] {
  return issues.map((i) => ({ ...i, dropped: true }));
}

export function hasFatal(issues: readonly LedeIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Shows a value in a message the way a developer typed it: strings quoted, long text cut. */
export function showValue(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value));
  } catch {
    // Cyclic or otherwise unprintable values: fall back to their tag, never throw.
    text = Object.prototype.toString.call(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
