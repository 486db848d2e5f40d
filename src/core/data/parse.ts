// Attribute parsers: a raw attribute or property value in, a typed value plus issues out. Never throws.
import { issue, showValue, type Parsed } from './issues.js';

// Decimal or scientific notation only: Number() would also accept "", "0x10" and "Infinity".
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export interface NumberRules {
  min?: number;
  integer?: boolean;
}

/** Reads a finite number from a number or a numeric string; `undefined` when absent or invalid. */
export function parseNumber(
  attribute: string,
  raw: unknown,
  rules: NumberRules = {},
): Parsed<number | undefined> {
  if (raw === undefined || raw === null || raw === '') return { value: undefined, issues: [] };
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? toNumber(raw) : NaN;
  const fail = (why: string) => ({
    value: undefined,
    issues: [issue(attribute, raw, `${attribute} must be ${why}; got ${showValue(raw)}`)],
  });
  if (!Number.isFinite(n)) return fail('a finite number');
  if (rules.integer && !Number.isInteger(n)) return fail('a whole number');
  if (rules.min !== undefined && n < rules.min) return fail(`at least ${rules.min}`);
  return { value: n, issues: [] };
}

function toNumber(text: string): number {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : NaN;
}

/** Snaps a value to one of `allowed`; anything else yields `fallback` and a warning. */
export function parseEnum<T extends string>(
  attribute: string,
  raw: unknown,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (raw === undefined || raw === null || raw === '') return { value: fallback, issues: [] };
  const found = allowed.find((a) => a === raw);
  if (found !== undefined) return { value: found, issues: [] };
  const message = `${attribute} must be one of ${allowed.join(', ')}; got ${showValue(raw)}, using ${fallback}`;
  return { value: fallback, issues: [issue(attribute, raw, message, 'warning')] };
}

/** Reads optional short text; non-strings are reported and ignored. */
export function parseText(attribute: string, raw: unknown): Parsed<string | undefined> {
  if (raw === undefined || raw === null) return { value: undefined, issues: [] };
  if (typeof raw === 'string') return { value: raw.trim() || undefined, issues: [] };
  if (typeof raw === 'number') return { value: String(raw), issues: [] };
  const message = `${attribute} must be text; got ${showValue(raw)}, ignoring it`;
  return { value: undefined, issues: [issue(attribute, raw, message, 'warning')] };
}

/**
 * Reads an optional flag: `true`/`false`, or the same words as text (any case); absent is false.
 * Anything else ("yes", 1) is an error: guessing would print a hedge the author did not write, or drop one.
 */
export function parseBoolean(attribute: string, raw: unknown): Parsed<boolean | undefined> {
  if (raw === undefined || raw === null) return { value: false, issues: [] };
  if (typeof raw === 'boolean') return { value: raw, issues: [] };
  const word = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
  if (word === 'true' || word === 'false') return { value: word === 'true', issues: [] };
  const message = `${attribute} must be true or false; got ${showValue(raw)}`;
  return { value: undefined, issues: [issue(attribute, raw, message)] };
}
