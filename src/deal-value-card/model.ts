// Deal card model: raw attribute values in, a validated deal (amounts, currencies, parties, date,
// comparisons converted with the rate the two given amounts imply) plus issues out.
import { asWarnings, hasFatal, issue, showValue, type LedeIssue } from '../core/data/issues.js';
import { parseJsonValue, readJson } from '../core/data/json.js';
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
  /** ISO date, yyyy-mm-dd. */
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

function parseCurrency(attribute: string, raw: unknown, severity: LedeIssue['severity']) {
  const code = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (isCurrency(code)) return { value: code, issues: [] };
  const message =
    raw === undefined || raw === null || raw === ''
      ? `${attribute} is required: an ISO 4217 currency code such as JPY or USD`
      : `${attribute} must be an ISO 4217 currency code such as JPY or USD; got ${showValue(raw)}`;
  return { value: undefined, issues: [issue(attribute, raw, message, severity)] };
}

/** A calendar date written yyyy-mm-dd; anything else is reported and left off the card. */
export function parseDate(raw: unknown) {
  if (raw === undefined || raw === null || raw === '') return { value: undefined, issues: [] };
  const text = typeof raw === 'string' ? raw.trim() : '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  if (date && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)) {
    return { value: text, issues: [] };
  }
  const message = `date must be a calendar date written yyyy-mm-dd; got ${showValue(raw)}, leaving it out`;
  return { value: undefined, issues: [issue('date', raw, message, 'warning')] };
}

export function parseDeal(input: DealInput): { model?: DealModel; issues: LedeIssue[] } {
  const amount = parseNumber('amount', input.amount, { min: 0 });
  const issues = [...amount.issues];
  if (amount.value === undefined && amount.issues.length === 0) {
    issues.push(
      issue('amount', input.amount, 'amount is required: the deal’s value, e.g. 100000000000'),
    );
  }
  const currency = parseCurrency('currency', input.currency, 'error');
  issues.push(...currency.issues);
  const converted = parseConversion(input.convertedAmount, input.convertedCurrency);
  issues.push(...converted.issues);
  const texts = (['label', 'buyer', 'seller'] as const).map((key) => parseText(key, input[key]));
  texts.forEach((t) => issues.push(...t.issues));
  const date = parseDate(input.date);
  issues.push(...date.issues);
  const precision = parseNumber('precision', input.precision, { integer: true, min: 1 });
  if (precision.issues.length > 0 || (precision.value ?? 3) > 6) {
    issues.push(
      issue(
        'precision',
        input.precision,
        'precision must be a whole number from 1 to 6; using 3',
        'warning',
      ),
    );
  }
  if (hasFatal(issues) || amount.value === undefined || currency.value === undefined)
    return { issues };
  const rate =
    converted.value && amount.value > 0 ? converted.value.amount / amount.value : undefined;
  const compare = parseCompare(input.compare, currency.value, converted.value?.currency, rate);
  issues.push(...compare.issues);
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
      precision:
        precision.issues.length === 0 && (precision.value ?? 3) <= 6 ? (precision.value ?? 3) : 3,
    },
    issues,
  };
}

/** The conversion as reported: both parts or neither. */
function parseConversion(rawAmount: unknown, rawCurrency: unknown) {
  const given = rawAmount !== undefined && rawAmount !== null && rawAmount !== '';
  const named = rawCurrency !== undefined && rawCurrency !== null && rawCurrency !== '';
  if (!given && !named) return { value: undefined, issues: [] };
  if (given && !named) {
    const message = 'converted-amount needs converted-currency; leaving the conversion out';
    return {
      value: undefined,
      issues: [issue('converted-currency', rawCurrency, message, 'warning')],
    };
  }
  const amount = parseNumber('converted-amount', rawAmount, { min: 0 });
  const currency = parseCurrency('converted-currency', rawCurrency, 'warning');
  const issues = [...currency.issues, ...asWarnings(amount.issues)];
  if (!given) {
    issues.push(
      issue(
        'converted-amount',
        rawAmount,
        'converted-currency needs converted-amount; leaving the conversion out',
        'warning',
      ),
    );
  }
  if (amount.value === undefined || currency.value === undefined)
    return { value: undefined, issues };
  return { value: { amount: amount.value, currency: currency.value }, issues };
}

function parseCompare(
  raw: unknown,
  currency: string,
  other: string | undefined,
  rate: number | undefined,
) {
  const given = typeof raw === 'string' ? readJson(raw) : raw;
  const json = parseJsonValue('compare', given);
  const issues = asWarnings(json.issues);
  const value: Comparison[] = [];
  if (json.value === undefined || json.value === null) return { value, issues };
  if (!Array.isArray(json.value)) {
    issues.push(
      issue(
        'compare',
        raw,
        'compare must be a JSON array like [{"label":"…","amount":1,"currency":"USD"}]',
        'warning',
      ),
    );
    return { value, issues };
  }
  json.value.forEach((item: unknown, i) => {
    const at = `compare[${i}]`;
    const fields =
      typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const label = parseText(`${at}.label`, fields.label).value;
    const amount = parseNumber(`${at}.amount`, fields.amount, { min: 0 }).value;
    const code =
      typeof fields.currency === 'string' ? fields.currency.trim().toUpperCase() : currency;
    if (!label || amount === undefined) {
      issues.push(
        issue(
          at,
          item,
          `${at} needs a label and an amount of 0 or more; leaving it out`,
          'warning',
        ),
      );
      return;
    }
    if (code === currency) {
      value.push({ label, amount, given: { amount, currency: code }, converted: false });
    } else if (code === other && rate && !Number.isFinite(amount / rate)) {
      // A rate near the smallest number (1e-10 EUR for 1e300 USD) makes any comparison infinite.
      const message = `${at}.amount ${showValue(amount)} ${code} is too large to convert at the rate the deal implies; leaving it out`;
      issues.push(issue(`${at}.amount`, fields.amount, message, 'warning'));
    } else if (code === other && rate) {
      value.push({
        label,
        amount: amount / rate,
        given: { amount, currency: code },
        converted: true,
      });
    } else {
      const message = `${at}.currency ${showValue(fields.currency)} cannot be converted: give amounts in ${currency}${other ? ` or ${other}` : ''}; leaving it out`;
      issues.push(issue(`${at}.currency`, fields.currency, message, 'warning'));
    }
  });
  return { value, issues };
}
