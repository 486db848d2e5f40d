// Article data files: a widget's `src` names a JSON document (same origin or CORS) and, after `#`,
// the part of it that holds the widget's fields. Each document is fetched once per page, however
// many widgets read it; a failed fetch is forgotten so that setting `src` again retries.
//
// This module and source-data.ts form an on-demand chunk of the script bundles. They import
// nothing at run time (types only): a chunk that imported shared code would import it from the
// bundle by file name, and a page that loads the bundle under another name or with a query string
// (a CMS's fingerprinting) would then load a second copy of Lede.
import type { LedeIssue, Parsed } from './issues.js';

/** An issue about `src` itself; see issue() in issues.ts, not imported here (see above). */
export function srcIssue(
  value: unknown,
  message: string,
  severity: LedeIssue['severity'] = 'error',
): LedeIssue {
  return { attribute: 'src', value, message, severity };
}

/** How long a fetch may take before the widget gives up. Tests shorten it. */
export const sourceTiming = { timeoutMs: 10_000 };

/** A parsed `src`: the absolute document URL and the JSON Pointer of the widget's part. */
export interface SourceRef {
  /** As written in the attribute, for messages. */
  text: string;
  url: string;
  /** Keys from the document's root to the widget's part; empty for the whole document. */
  path: string[];
}

/** Reads `src`; `base` resolves relative URLs (the document's base URL). */
export function parseSrc(raw: unknown, base: string): Parsed<SourceRef | undefined> {
  if (raw === undefined || raw === null || raw === '') return { value: undefined, issues: [] };
  if (typeof raw !== 'string') {
    return { value: undefined, issues: [srcIssue(raw, 'src must be a URL')] };
  }
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return { value: undefined, issues: [srcIssue(raw, `src is not a valid URL: ${raw}`)] };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    const message = `src must be an http or https URL; got ${url.protocol} in ${raw}`;
    return { value: undefined, issues: [srcIssue(raw, message)] };
  }
  const path = fragmentPath(url.hash);
  url.hash = '';
  return { value: { text: raw.trim(), url: url.href, path }, issues: [] };
}

/** `#sites`, `#/sites` and `#article/sites` all name keys; `~1` and `~0` escape `/` and `~`. */
export function fragmentPath(hash: string): string[] {
  let text = hash.replace(/^#\/?/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % stays as written.
  }
  if (text === '') return [];
  return text.split('/').map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON Pointer string for messages: `/sites/2/lat`. */
export function pointer(keys: readonly (string | number)[]): string {
  return keys.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Why a document could not be used; the message names the URL. */
export class SourceError extends Error {}

const documents = new Map<string, Promise<unknown>>();

/** The parsed JSON at `url`, fetched once per page. Rejects with a SourceError. */
export function fetchDocument(url: string): Promise<unknown> {
  let pending = documents.get(url);
  if (!pending) {
    pending = load(url);
    documents.set(url, pending);
    pending.catch(() => documents.delete(url));
  }
  return pending;
}

async function load(url: string): Promise<unknown> {
  const controller = new AbortController();
  const seconds = sourceTiming.timeoutMs / 1000;
  const timer = setTimeout(() => controller.abort(), sourceTiming.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      if (controller.signal.aborted) throw new SourceError(`${url} did not answer in ${seconds} s`);
      // fetch() rejects with a TypeError for network and CORS failures; browsers say no more.
      const why = error instanceof Error ? error.message : String(error);
      throw new SourceError(`${url} could not be fetched (${why}; network error or CORS)`);
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new SourceError(`${url} could not be fetched (HTTP ${status})`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      // A body slower than the timeout is cut by the abort: it did not answer in time.
      if (controller.signal.aborted) throw new SourceError(`${url} did not answer in ${seconds} s`);
      throw new SourceError(`${url} stopped before the whole document arrived`);
    }
    // The content type is not checked: static hosts and CMSs serve JSON files as text/plain or
    // application/octet-stream, and the body decides. An empty body or an HTML page (a missing
    // file's or a login page served with 200) get messages of their own.
    if (text.trim() === '') throw new SourceError(`${url} is empty, not JSON`);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const type = response.headers.get('content-type') ?? '';
      if (/html/i.test(type) || /^\s*<(!doctype|html)/i.test(text)) {
        throw new SourceError(`${url} is an HTML page, not JSON (content-type: ${type || 'none'})`);
      }
      const why = error instanceof Error ? error.message : String(error);
      throw new SourceError(`${url} is not valid JSON (${why})`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The widget's part of a fetched document: an object of field values, or an error. */
export function selectPart(
  document: unknown,
  ref: SourceRef,
): Parsed<Record<string, unknown> | undefined> {
  let part = document;
  for (let i = 0; i < ref.path.length; i++) {
    const key = ref.path[i] as string;
    // Keys step into objects, indexes (`#widgets/0`) into arrays.
    const index = Array.isArray(part) && /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
    if (index >= 0 && index < (part as unknown[]).length) {
      part = (part as unknown[])[index];
    } else if (isRecord(part) && Object.hasOwn(part, key)) {
      part = part[key];
    } else {
      const at = pointer(ref.path.slice(0, i + 1));
      return failed(ref, `${ref.url} has nothing at ${at}`);
    }
  }
  if (!isRecord(part)) {
    const at = pointer(ref.path) || 'its root';
    return failed(ref, `${ref.url} must hold an object of fields at ${at}`);
  }
  return { value: part, issues: [] };
}

function failed(ref: SourceRef, message: string): Parsed<undefined> {
  return { value: undefined, issues: [srcIssue(ref.text, message)] };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
