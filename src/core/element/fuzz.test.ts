// Property-based tests of the three elements: random attribute and property values in (strings,
// numbers at the edges, objects, arrays, null, undefined, hostile keys), and after each update the
// widget is drawn or shows its error, never stuck busy; no uncaught error; every lede-error issue
// names a known attribute and carries its value; Object.prototype untouched. Seeded, so a failure
// reproduces. One element per widget serves every case: a fixture per case would take minutes.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../power-ramp-gauge/define.js';
import '../../site-map/define.js';
import '../../deal-value-card/define.js';
import type { LedeIssue } from '../data/issues.js';
import { captureWarnings, nextEvent, watchUncaught } from '../test-helpers/render.js';

const SEED = 20260607;

// ---------------------------------------------------------------------------------------------
// Inputs

const EDGE_NUMBERS = [0, -0, 1, -1, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity, 2 ** 53];
const HOSTILE_JSON = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '[{"__proto__":{"polluted":true},"value":1,"label":"x","name":"x","lat":35,"lon":139,"amount":1}]',
];

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(...EDGE_NUMBERS),
  fc.constantFrom(...EDGE_NUMBERS.map(String), '', ' ', '0x10', '1e309', '__proto__', 'true'),
  fc.double(),
  fc.integer({ min: -3, max: 12 }),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);

/** Any value a host page might set, as a property or (as text) as an attribute. */
const anyValue = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_JSON) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_JSON).map((t) => JSON.parse(t) as unknown) },
);

/** Mostly plausible values of one field, sometimes anything. */
const fieldOf = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });

/** A JSON list field: an array property, its JSON text, or anything else. */
const listOf = (item: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.array(fieldOf(item), { maxLength: 5 }) },
    { weight: 2, arbitrary: fc.array(fieldOf(item), { maxLength: 5 }).map(toJson) },
    { weight: 1, arbitrary: anyValue },
  );

function toJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** The attributes every widget shares (src left out: it would fetch). */
const SHARED = {
  locale: fieldOf(fc.constantFrom('en', 'fr-FR', 'ja', 'xx-invalid-', 'de')),
  theme: fieldOf(fc.constantFrom('light', 'dark', 'auto', 'sepia')),
  heading: fieldOf(fc.string({ maxLength: 30 })),
  source: fieldOf(fc.string({ maxLength: 30 })),
  noAnimation: fieldOf(fc.boolean()),
  loading: fieldOf(fc.constantFrom('eager', 'lazy', 'soon')),
};
const SHARED_ISSUES =
  /^(locale|lang|theme|heading|source|loading|script\[type="application\/json"\])$/;

interface Widget {
  tag: string;
  /** Valid values every case starts from, as properties. */
  baseline: Record<string, unknown>;
  fields: Record<string, fc.Arbitrary<unknown>>;
  /** Issue attributes this widget may report, besides the shared ones. */
  issues: RegExp;
  /** The drawing once drawn. */
  chart: string;
  runs: number;
}

const WIDGETS: Widget[] = [
  {
    tag: 'lede-power-ramp-gauge',
    baseline: { stages: [{ value: 150, label: '2026' }, { value: 240 }], unit: 'MW' },
    fields: {
      stages: listOf(
        fc.record(
          {
            value: fieldOf(fc.double({ min: 0, max: 1e4, noNaN: true })),
            label: fieldOf(fc.string({ maxLength: 12 })),
            atLeast: fieldOf(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
      unit: fieldOf(fc.constantFrom('W', 'kW', 'MW', 'GW', 'TW', 'mw', 'gigawatts', 'hp')),
      max: fieldOf(fc.double({ min: 0, max: 1e5, noNaN: true })),
      current: fieldOf(fc.oneof(fc.integer({ min: -1, max: 4 }), fc.constant('none'))),
    },
    issues: /^(stages|unit|max|current)$|^stages\[\d+\](\.(value|label|atLeast))?$/,
    chart: 'svg[part=svg]',
    runs: 2000,
  },
  {
    tag: 'lede-site-map',
    baseline: { region: 'JP', sites: [{ name: 'Tokyo', lat: 35.68, lon: 139.69 }] },
    fields: {
      // Japan only (and bad codes): each other country would load its outline.
      region: fieldOf(fc.constantFrom('JP', 'jpn', ' JP ', 'XX', 'ﬁ')),
      sites: listOf(
        fc.record(
          {
            name: fieldOf(fc.constantFrom('Tokyo', 'Sakai', 'Osaka', '')),
            lat: fieldOf(fc.double({ min: 30, max: 45, noNaN: true })),
            lon: fieldOf(fc.double({ min: 129, max: 145, noNaN: true })),
            status: fieldOf(fc.constantFrom('operating', 'construction', 'planned', 'other')),
            approximate: fieldOf(fc.boolean()),
            note: fieldOf(fc.string({ maxLength: 12 })),
          },
          { requiredKeys: [] },
        ),
      ),
      highlight: fieldOf(fc.constantFrom('Tokyo', 'Sakai', 'nowhere')),
      projection: fieldOf(fc.constantFrom('auto', 'mercator', 'conic-conformal', 'globe')),
    },
    issues:
      /^(region|sites|highlight|projection)$|^sites\[\d+\](\.(name|lat|lon|status|note|approximate))?$/,
    chart: 'svg[part=svg]',
    runs: 1500,
  },
  {
    tag: 'lede-deal-value-card',
    baseline: { amount: 100e9, currency: 'JPY' },
    fields: {
      amount: fieldOf(fc.oneof(fc.double({ min: 0, noNaN: true }), fc.constantFrom(1e308))),
      currency: fieldOf(fc.constantFrom('JPY', 'USD', 'eur', 'XXX', 'US')),
      convertedAmount: fieldOf(fc.double({ min: 0, noNaN: true })),
      convertedCurrency: fieldOf(fc.constantFrom('USD', 'JPY', 'EUR', 'ZZZ')),
      label: fieldOf(fc.string({ maxLength: 20 })),
      buyer: fieldOf(fc.string({ maxLength: 20 })),
      seller: fieldOf(fc.string({ maxLength: 20 })),
      date: fieldOf(fc.constantFrom('2025-03-01', '2025-02-29', '1.3.2025')),
      compare: listOf(
        fc.record(
          {
            label: fieldOf(fc.string({ maxLength: 12 })),
            amount: fieldOf(fc.double({ min: 0, noNaN: true })),
            currency: fieldOf(fc.constantFrom('USD', 'JPY', 'EUR')),
          },
          { requiredKeys: [] },
        ),
      ),
      precision: fieldOf(fc.integer({ min: 0, max: 8 })),
    },
    issues:
      /^(amount|currency|converted-amount|converted-currency|label|buyer|seller|date|precision|compare)$|^compare\[\d+\](\.(label|amount|currency))?$/,
    chart: '[part=headline]',
    runs: 2000,
  },
];

/** `convertedAmount` is the attribute `converted-amount`. */
const attributeOf = (property: string) => property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** One assignment: a property set from script, or an attribute set (or removed) in markup. */
interface Assignment {
  name: string;
  value: unknown;
  as: 'property' | 'attribute';
}

const assignments = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc
    .array(
      fc.record({
        name: fc.constantFrom(...Object.keys(fields)),
        as: fc.constantFrom('property' as const, 'attribute' as const),
        value: fc.constant(undefined as unknown),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .chain((picked) =>
      fc
        .tuple(...picked.map((a) => fields[a.name]!))
        .map((values) => picked.map((a, i): Assignment => ({ ...a, value: values[i] }))),
    );

/** The text an attribute gets for a value: JSON for objects, nothing (removed) for null. */
function attributeText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return toJson(value);
}

// ---------------------------------------------------------------------------------------------
// Checks

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/**
 * Whether an issue's value is the value the element holds for its attribute (`property`, and the
 * attribute's text when set in markup), in one of the forms parsing gives it.
 */
function carries(issueValue: unknown, property: unknown, attribute: string | null): boolean {
  return [property, attribute].some((c) => {
    if (Object.is(issueValue, c)) return true;
    // Absent values read as undefined; JSON text is parsed; text is trimmed.
    if (c === null || c === undefined || c === '') {
      return issueValue === undefined || issueValue === null || issueValue === '';
    }
    if (typeof c !== 'string') return toJson(issueValue) === toJson(c);
    return issueValue === c.trim() || toJson(issueValue) === toJson(safeParse(c));
  });
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

describe('fuzzing the elements with random attributes and properties', () => {
  captureWarnings();
  const uncaught = watchUncaught();

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: ${widget.runs} random cases end drawn or in error, never busy`, async function () {
      this.timeout(60_000);
      const start = performance.now();
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const element = document.createElement(widget.tag) as HTMLElement & Record<string, unknown>;
      Object.assign(element, widget.baseline, { noAnimation: true, loading: 'eager' });
      const ready = nextEvent(element, 'lede-ready', 5000);
      box.append(element);
      await ready;
      const root = element.shadowRoot as ShadowRoot;
      let issues: LedeIssue[][] = [];
      element.addEventListener('lede-error', (e) => issues.push(e.detail.issues));
      const names = [...Object.keys(SHARED), ...Object.keys(widget.fields)];
      const fields = { ...SHARED, ...widget.fields };
      let cases = 0;

      await fc.assert(
        fc.asyncProperty(assignments(fields), async (changes) => {
          cases++;
          issues = [];
          uncaught.length = 0;
          // Start from the valid baseline: every field back as a property, no attribute.
          for (const name of names) {
            element.removeAttribute(attributeOf(name));
            element[name] = name in widget.baseline ? widget.baseline[name] : undefined;
          }
          element.noAnimation = true;
          element.loading = 'eager';
          for (const change of changes) {
            if (change.as === 'property') element[change.name] = change.value;
            else {
              const text = attributeText(change.value);
              if (text === null) element.removeAttribute(attributeOf(change.name));
              else element.setAttribute(attributeOf(change.name), text);
            }
          }
          await element.updateComplete;
          // The map loads its outline (once) and may redraw: wait until settled, at most 2 s.
          const chart = () => root.querySelector('[part=chart]');
          const error = () => root.querySelector('[part=error]');
          const busy = () => chart()?.getAttribute('aria-busy') === 'true';
          for (let waited = 0; busy() && !error() && waited < 2000; waited += 10) {
            await new Promise((resolve) => setTimeout(resolve, 10));
            await element.updateComplete;
          }
          expect(uncaught, 'uncaught errors').to.deep.equal([]);
          const isDrawn = !!root.querySelector(widget.chart);
          expect(isDrawn || !!error(), 'drawn or in error').to.equal(true);
          expect(busy() && !error(), 'stuck busy').to.equal(false);
          for (const found of issues.flat()) {
            expect(found.attribute).to.be.a('string').and.not.equal('');
            expect(
              SHARED_ISSUES.test(found.attribute) || widget.issues.test(found.attribute),
              `known attribute: ${found.attribute}`,
            ).to.equal(true);
            expect(Object.hasOwn(found, 'value'), `${found.attribute} carries a value`).to.equal(
              true,
            );
            // A top-level attribute's issue carries the value the element holds for it.
            const name = found.attribute;
            if (names.map(attributeOf).includes(name)) {
              const property = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
              expect(
                carries(found.value, element[property], element.getAttribute(name)),
                `${name} issue carries ${toJson(found.value)}`,
              ).to.equal(true);
            }
          }
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(PROTOTYPE_KEYS);
        }),
        { seed: SEED, numRuns: widget.runs, endOnFailure: true },
      );
      expect(cases, 'cases run').to.equal(widget.runs);
      const seconds = (performance.now() - start) / 1000;
      // Printed for the record: the budget for all three is about a minute.
      console.info(`${widget.tag}: ${cases} cases in ${seconds.toFixed(1)} s`);
    });
  }
});
