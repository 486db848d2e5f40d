// Reads a widget's part of a `src` document. Loaded on demand, only by widgets that have `src`,
// so pages that give data in attributes never download it. Imports nothing from the rest of Lede
// at run time (see source.ts).
import type { ReactiveElement } from 'lit';
import type { LedeIssue } from '../data/issues.js';
import {
  fetchDocument,
  parseSrc,
  pointer,
  selectPart,
  SourceError,
  srcIssue,
} from '../data/source.js';

/** Reactive properties that are settings of the element, not data a document may carry. */
const SETTINGS = ['locale', 'theme', 'noAnimation', 'src', 'loading'];

export interface SourceData {
  /** The widget's fields, when the document arrived and its part is an object. */
  data?: Record<string, unknown>;
  /** Problems with `src`, the fetch or the part, and fields the widget does not know. */
  issues: LedeIssue[];
  /**
   * Rewrites an issue with a field read from the document (its name is in `fromSource`) to name
   * the document and the JSON path in it.
   */
  locate: (found: LedeIssue, fromSource: ReadonlySet<string>) => LedeIssue;
}

/**
 * Fetches the document `raw` names (relative to `base`) and picks the widget's part. Never rejects:
 * every failure becomes an error issue whose message names the URL.
 */
export async function readSource(
  raw: unknown,
  base: string,
  element: HTMLElement,
): Promise<SourceData> {
  const src = parseSrc(raw, base);
  const ref = src.value;
  if (!ref) return { issues: src.issues, locate: (found) => found };
  let part;
  try {
    part = selectPart(await fetchDocument(ref.url), ref);
  } catch (error) {
    const message = error instanceof SourceError ? error.message : String(error);
    return { issues: [srcIssue(ref.text, message)], locate: (found) => found };
  }
  const data = part.value;
  const fields = (element.constructor as typeof ReactiveElement).elementProperties;
  const unknown = Object.keys(data ?? {})
    .filter((key) => !fields.has(key) || SETTINGS.includes(key))
    .filter((key) => !key.startsWith('$'))
    .map((key) => {
      const at = pointer([...ref.path, key]);
      const message = `${ref.text}, at ${at}: ${element.localName} has no field "${key}"; ignoring it`;
      return srcIssue(key, message, 'warning');
    });
  const locate = (found: LedeIssue, fromSource: ReadonlySet<string>): LedeIssue => {
    const keys = found.attribute.split(/[.[\]]+/).filter(Boolean);
    // Attributes are kebab-case, JSON fields camelCase: converted-amount is convertedAmount.
    keys[0] = (keys[0] ?? '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    if (!fromSource.has(keys[0])) return found;
    const path = pointer([...ref.path, ...keys]);
    return {
      ...found,
      attribute: 'src',
      path,
      message: `${ref.text}, at ${path}: ${found.message}`,
    };
  };
  return { data, issues: [...part.issues, ...unknown], locate };
}
