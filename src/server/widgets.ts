// What the server render, the static SVG and the command-line tool share: the widgets by name, and
// a widget's fields (property names, JSON values) as the attributes its element reads.
import type { LedeIssue } from '../core/data/issues.js';
import { issue } from '../core/data/issues.js';

export const WIDGETS = ['power-ramp-gauge', 'site-map', 'deal-value-card'] as const;
export type WidgetName = (typeof WIDGETS)[number];

/** `power-ramp-gauge` or `lede-power-ramp-gauge`, and so on; undefined for anything else. */
export function widgetName(raw: string): WidgetName | undefined {
  const name = raw
    .trim()
    .toLowerCase()
    .replace(/^lede-/, '');
  return (WIDGETS as readonly string[]).includes(name) ? (name as WidgetName) : undefined;
}

/** The widget `raw` names; a TypeError for anything else (what callers of the render API get). */
export function checkWidget(raw: string): WidgetName {
  const name = widgetName(raw);
  if (!name) throw new TypeError(`unknown widget ${JSON.stringify(raw)}`);
  return name;
}

/** How a server render looks: options that win over the fields of the same name. */
export interface StaticOptions {
  /** Width of the widget in CSS pixels (default 640). */
  width?: number;
  /** `light` (default) or `dark`. A static render cannot follow the reader's colour scheme. */
  theme?: 'light' | 'dark';
  /** BCP 47 locale of numbers and words (default: the fields' `locale`, else `en`). */
  locale?: string;
}

export const DEFAULT_WIDTH = 640;
/** The narrowest and widest widgets a static render lays out. */
export const WIDTH_RANGE = [200, 4000] as const;

/** `convertedAmount` → `converted-amount`. */
export const attributeName = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `converted-amount` → `convertedAmount`. */
export const fieldName = (attribute: string): string =>
  attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A widget's fields as attributes: text as it is, numbers as numerals, lists and objects as JSON,
 * `true` as an empty attribute; `false`, null and undefined leave the attribute out. A field name
 * that is not a plain word is reported and left out.
 */
export function toAttributes(fields: Record<string, unknown>): {
  attributes: [string, string][];
  issues: LedeIssue[];
} {
  const attributes: [string, string][] = [];
  const issues: LedeIssue[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (field === '$schema' || value === undefined || value === null || value === false) continue;
    if (!/^[a-z][a-zA-Z0-9-]*$/.test(field)) {
      const message = `${JSON.stringify(field)} is not a field name; leaving it out`;
      issues.push(issue(field, field, message, 'warning'));
      continue;
    }
    attributes.push([attributeName(field), attributeText(value)]);
  }
  return { attributes, issues };
}

function attributeText(value: unknown): string {
  if (value === true) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** Width option checked: a whole number of pixels within WIDTH_RANGE. */
export function checkWidth(width: number | undefined): number {
  const value = width ?? DEFAULT_WIDTH;
  if (!Number.isInteger(value) || value < WIDTH_RANGE[0] || value > WIDTH_RANGE[1]) {
    throw new RangeError(
      `width must be a whole number of pixels from ${WIDTH_RANGE[0]} to ${WIDTH_RANGE[1]}, not ${String(width)}`,
    );
  }
  return value;
}
