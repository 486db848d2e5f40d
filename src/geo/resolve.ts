// Region codes: an ISO 3166-1 alpha-2 or alpha-3 code in (any case), the alpha-3 code of a country
// Lede has an outline for out, or an issue saying what a valid code looks like.
import { issue, showValue, type Parsed } from '../core/data/issues.js';
import { CODES } from './codes.js';

export function parseRegion(raw: unknown): Parsed<string | undefined> {
  // Tested before upper-casing: "ﬁ" and "ß" upper-case to "FI" and "SS" but are no country codes.
  const text = typeof raw === 'string' ? raw.trim() : '';
  const code = /^[A-Za-z]{2,3}$/.test(text) ? text.toUpperCase() : '';
  const found = code
    ? new RegExp(code.length === 2 ? `(?:^| )${code}([A-Z]{3})` : `[A-Z]{2}(${code})`).exec(CODES)
    : null;
  if (found) return { value: found[1], issues: [] };
  const message =
    raw === undefined || raw === null || raw === ''
      ? 'region is required: an ISO 3166-1 country code such as JP or JPN'
      : `region must be an ISO 3166-1 country code such as JP or JPN; got ${showValue(raw)}`;
  return { value: undefined, issues: [issue('region', raw, message)] };
}
