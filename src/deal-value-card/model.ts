// Deal card model: raw attribute values in, a validated deal (amounts, currencies, parties, date,
// comparisons converted with the rate the two given amounts imply) plus issues out. A figure,
// currency, date or comparison that cannot be read is an error: the card never prints a default.
import { hasFatal, issue, showValue, type LedeIssue } from '../core/data/issues.js';
import { parseJsonValue, readJsonField } from '../core/data/json.js';
import { parseNumber, parseText } from '../core/data/parse.js';
import { isCurrency } from '../core/format/money.js';

export interface Comparison {
  label: string;
  /** In the deal's currency (converted with the implied rate when given in the other one). */
  amount: number;
  /** As given, for the words on the chart. */
  given: { amount: number; currency: string };
  converted: boolean;
}

export interface DealModel {
  amount: number;
  currency: string;
  converted?: { amount: number; currency: string };
  label?: string;
  buyer?: string;
  seller?: string;
  /** ISO date at the precision the author gave: yyyy, yyyy-mm or yyyy-mm-dd. */
  date?: string;
  compare: Comparison[];
  precision: number;
}

export interface DealInput {
  amount: unknown;
  currency: unknown;
  convertedAmount?: unknown;
  convertedCurrency?: unknown;
  label?: unknown;
  buyer?: unknown;
  seller?: unknown;
  date?: unknown;
  compare?: unknown;
  precision?: unknown;
}

function parseCurrency(attribute: string, raw: unknown) {
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (isCurrency(code)) return { value: code, issues: [] };
  const message =
    raw === undefined || raw === null || raw === ''
      ? `${attribute} is required: an ISO 4217 currency code such as JPY or USD`
      : `${attribute} must be an ISO 4217 currency code such as JPY or USD; got ${showValue(raw)}`;
  return { value: undefined, issues: [issue(attribute, raw, message)] };
}

/**
 * A calendar date at the precision the author knows it: yyyy, yyyy-mm or yyyy-mm-dd (shown as
 * "2025", "March 2025", "March 14, 2025"). Anything else is an error: a date left out or guessed
 * would misdate the deal.
 */
export function parseDate(raw: unknown): { value?: string; issues: LedeIssue[] } {
  if (raw === undefined || raw === null || raw === '') return { issues: [] };
  // A year given as a JSON number (2025) is the year the author meant.
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) {
    // The first day of a year or month stands in for it, only to check the parts that were given.
    const day = `${text}-01-01`.slice(0, 10);
    const date = new Date(`${day}T00:00:00Z`);
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(day)) {
      return { value: text, issues: [] };
    }
  }
  const message = `date must be a calendar date written yyyy, yyyy-mm or yyyy-mm-dd; got ${showValue(raw)}`;
  return { issues: [issue('date', raw, message)] };
}

export function parseDeal(input: DealInput): { model?: DealModel; issues: LedeIssue[] } {
  const amount = parseNumber('amount', input.amount, { min: 0 });
  const issues = [...amount.issues];
  if (amount.value === undefined && amount.issues.length === 0) {
    issues.push(
      issue('amount', input.amount, 'amount is required: the deal’s value, e.g. 100000000000'),
    );
  }
  const currency = parseCurrency('currency', input.currency);
  issues.push(...currency.issues);
  const converted = parseConversion(input.convertedAmount, input.convertedCurrency);
  issues.push(...converted.issues);
  const texts = (['label', 'buyer', 'seller'] as const).map((key) => parseText(key, input[key]));
  // A name that is not text (an object from a CMS) is left out with a note: no figure depends on it.
  // Names that are not text are left out of a card that still draws: warnings, nothing dropped.
  texts.forEach((t) => issues.push(...t.issues));
  const date = parseDate(input.date);
  issues.push(...date.issues);
  const precision = parseNumber('precision', input.precision, { integer: true, min: 1 });
  if (precision.issues.length > 0 || (precision.value ?? 3) > 6) {
    const message = `precision must be a whole number of significant digits from 1 to 6; got ${showValue(input.precision)}`;
    issues.push(issue('precision', input.precision, message));
  }
  if (hasFatal(issues) || amount.value === undefined || currency.value === undefined)
    return { issues };
  const rate =
    converted.value && amount.value > 0 ? converted.value.amount / amount.value : undefined;
  const compare = parseCompare(input.compare, currency.value, converted.value?.currency, rate);
  issues.push(...compare.issues);
  if (hasFatal(compare.issues)) return { issues };
  const [label, buyer, seller] = texts.map((t) => t.value);
  return {
    model: {
      amount: amount.value,
      currency: currency.value,
      ...(converted.value ? { converted: converted.value } : {}),
      ...(label ? { label } : {}),
      ...(buyer ? { buyer } : {}),
      ...(seller ? { seller } : {}),
      ...(date.value ? { date: date.value } : {}),
      compare: compare.value,
      precision: precision.value ?? 3,
    },
    issues,
  };
}

/** The conversion as reported: both parts or neither; half a conversion is an error. */
function parseConversion(rawAmount: unknown, rawCurrency: unknown) {
  const given = rawAmount !== undefined && rawAmount !== null && rawAmount !== '';
  const named = rawCurrency !== undefined && rawCurrency !== null && rawCurrency !== '';
  if (!given && !named) return { value: undefined, issues: [] };
  if (!named) {
    const message = 'converted-amount needs converted-currency: the currency the amount is in';
    return { value: undefined, issues: [issue('converted-currency', rawCurrency, message)] };
  }
  if (!given) {
    const message = 'converted-currency needs converted-amount: the deal’s value in that currency';
    return { value: undefined, issues: [issue('converted-amount', rawAmount, message)] };
  }
  const amount = parseNumber('converted-amount', rawAmount, { min: 0 });
  const currency = parseCurrency('converted-currency', rawCurrency);
  const issues = [...currency.issues, ...amount.issues];
  if (amount.value === undefined || currency.value === undefined)
    return { value: undefined, issues };
  return { value: { amount: amount.value, currency: currency.value }, issues };
}

const COMPARE_SHAPE = 'a JSON array like [{"label":"…","amount":1,"currency":"USD"}]';

/** Comparisons in the deal's currency, or converted at the rate the deal implies; any unreadable one is an error. */
function parseCompare(
  raw: unknown,
  currency: string,
  other: string | undefined,
  rate: number | undefined,
) {
  const given = typeof raw === 'string' ? readJsonField(raw) : raw;
  const json = parseJsonValue('compare', given);
  const issues = [...json.issues];
  const value: Comparison[] = [];
  if (json.value === undefined || json.value === null) return { value, issues };
  if (!Array.isArray(json.value)) {
    issues.push(issue('compare', raw, `compare must be ${COMPARE_SHAPE}; got ${showValue(raw)}`));
    return { value, issues };
  }
  json.value.forEach((item: unknown, i) => {
    const found = parseComparison(item, `compare[${i}]`, currency, other, rate);
    if ('issue' in found) issues.push(found.issue);
    else value.push(found);
  });
  return { value, issues };
}

function parseComparison(
  item: unknown,
  at: string,
  currency: string,
  other: string | undefined,
  rate: number | undefined,
): Comparison | { issue: LedeIssue } {
  const fields = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const label = parseText(`${at}.label`, fields.label).value;
  const amount = parseNumber(`${at}.amount`, fields.amount, { min: 0 }).value;
  if (!label || amount === undefined) {
    return { issue: issue(at, item, `${at} needs a label and an amount of 0 or more`) };
  }
  const absent =
    fields.currency === undefined || fields.currency === null || fields.currency === '';
  const code = typeof fields.currency === 'string' ? fields.currency.trim().toUpperCase() : '';
  if (absent || code === currency) {
    return { label, amount, given: { amount, currency }, converted: false };
  }
  if (code === other && rate && Number.isFinite(amount / rate)) {
    return { label, amount: amount / rate, given: { amount, currency: code }, converted: true };
  }
  // A rate near the smallest number (1e-10 EUR for 1e300 USD) makes any comparison infinite.
  const message =
    code === other && rate
      ? `${at}.amount ${showValue(amount)} ${code} is too large to convert at the rate the deal implies`
      : `${at}.currency ${showValue(fields.currency)} cannot be converted: give amounts in ${currency}${other ? ` or ${other}` : ''}`;
  const field = code === other && rate ? `${at}.amount` : `${at}.currency`;
  return { issue: issue(field, code === other && rate ? fields.amount : fields.currency, message) };
}
