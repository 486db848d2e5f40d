// The builder's pure parts over random inputs: text cut into highlighted runs, JSON Pointer reads
// and writes, HTML escaping of the embed code, the form's fields from the schema, and the
// validator's errors by field.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SuggestNote } from '../suggest/types.js';
import { segmentsOf } from './segments.js';
import { getAt, issuePointer, setAt } from './pointer.js';
import { defaultScriptUrl, elementHtml, embedHtml, escapeHtml } from './embed.js';
import { fieldsOf, parseInput } from './schema-form.js';
import { schemaErrors, widgetErrors } from './errors.js';
import { ramp, schema } from './generated/article-schema.js';

/** A text and notes quoting random ranges of it (some notes off the text). */
const textAndNotes = fc.string({ minLength: 1, maxLength: 80 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc
        .tuple(fc.nat(text.length), fc.nat(text.length), fc.boolean())
        .map(([a, b, honest]): SuggestNote => {
          const start = Math.min(a, b);
          const end = Math.max(a, b) + 1;
          const quote = honest ? text.slice(start, end) : `${text.slice(start, end)}x`;
          return { part: 'ramp', field: `/stages/${a}/value`, quote, start, end };
        }),
      { maxLength: 6 },
    ),
  ),
);

describe('segmentsOf()', () => {
  it('segmentsOf(text, notes) puts the text back together, whatever the notes', () => {
    fc.assert(
      fc.property(textAndNotes, ([text, notes]) => {
        expect(
          segmentsOf(text, notes)
            .map((s) => s.text)
            .join(''),
        ).to.equal(text);
      }),
    );
  });

  it('segmentsOf(text, notes) highlights every quote that fits the text, and only those', () => {
    fc.assert(
      fc.property(textAndNotes, ([text, notes]) => {
        const segments = segmentsOf(text, notes);
        for (const note of notes) {
          const fits = text.slice(note.start, note.end) === note.quote && note.end <= text.length;
          const covering = segments.filter((s) => s.notes.includes(note));
          if (!fits) expect(covering).to.have.length(0);
          else expect(covering.map((s) => s.text).join('')).to.equal(note.quote);
        }
      }),
    );
  });
});

describe('pointers', () => {
  const path = fc.array(fc.constantFrom('stages', 'value', 'label', '0', '1'), {
    minLength: 1,
    maxLength: 4,
  });

  it('getAt(setAt(data, p, v), p) is v, and data is left as it was', () => {
    fc.assert(
      fc.property(fc.object(), path, fc.oneof(fc.integer(), fc.string()), (data, tokens, value) => {
        const before = JSON.stringify(data);
        const pointer = `/${tokens.join('/')}`;
        expect(getAt(setAt(data, pointer, value), pointer)).to.equal(value);
        expect(JSON.stringify(data)).to.equal(before);
      }),
    );
  });

  it('setAt(data, p, undefined) removes an item of a list', () => {
    expect(setAt({ stages: [{ value: 1 }, { value: 2 }] }, '/stages/0', undefined)).to.deep.equal({
      stages: [{ value: 2 }],
    });
  });

  it('issuePointer() reads the attribute names widgets report', () => {
    expect(issuePointer('stages[1].value')).to.equal('/stages/1/value');
    expect(issuePointer('converted-amount')).to.equal('/convertedAmount');
    expect(issuePointer('sites[0].lat')).to.equal('/sites/0/lat');
  });
});

/** `html` parsed as a newsroom's page would read it, in an inert document (no script, no load). */
const parsed = (html: string): Element =>
  new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;

describe('embed code', () => {
  it('escapeHtml() leaves no markup character, and the browser reads the text back', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.to.match(/[<>"']/);
        const span = parsed(`<span title="${escaped}">${escaped}</span>`);
        expect(span.getAttribute('title')).to.equal(text.replace(/\r\n?/g, '\n'));
      }),
    );
  });

  it('elementHtml() gives an element whose attributes are the fields, whatever their text', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        (heading, label, value) => {
          const fields = { heading, stages: [{ value, label }], atLeast: true };
          const el = parsed(elementHtml('ramp', fields));
          expect(el.localName).to.equal('lede-power-ramp-gauge');
          expect(el.getAttribute('heading')).to.equal(heading.replace(/\r\n?/g, '\n'));
          expect(JSON.parse(el.getAttribute('stages')!.replace(/\n/g, '\\n'))).to.deep.equal(
            JSON.parse(JSON.stringify(fields.stages).replace(/\r\n?/g, '\\n')),
          );
          expect(el.getAttribute('at-least')).to.equal('');
        },
      ),
    );
  });

  it("points the embed code by default at the lede.js the page's meta names, on its own site", () => {
    const page = document.implementation.createHTMLDocument('builder');
    const base = page.createElement('base');
    base.href = 'https://news.example/tools/builder/';
    page.head.append(base);
    expect(defaultScriptUrl(page)).to.equal('https://news.example/tools/lede.js');
    const meta = page.createElement('meta');
    meta.name = 'lede-script';
    meta.content = '/static/lede-widgets/dist/lede.js';
    page.head.append(meta);
    expect(defaultScriptUrl(page)).to.equal(
      'https://news.example/static/lede-widgets/dist/lede.js',
    );
  });

  it('embedHtml() gives the script URL, the reserving style and the element', () => {
    const code = embedHtml(
      'deal',
      { amount: 5, currency: 'EUR' },
      { scriptUrl: 'https://x/a.js?b&c' },
    );
    expect(code).to.contain('<script type="module" src="https://x/a.js?b&amp;c"></script>');
    expect(code).to.contain('lede-deal-value-card:not(:defined)');
    expect(code).to.match(
      /<lede-deal-value-card\s+amount="5"\s+currency="EUR"\s*><\/lede-deal-value-card>$/,
    );
  });
});

describe('form fields from the schema', () => {
  const stages = () =>
    fieldsOf(schema, { $ref: '#/$defs/powerRampGauge' }).find((f) => f.key === 'stages')!;

  it('fieldsOf() gives lists with their items, enums, booleans and required marks', () => {
    const fields = fieldsOf(schema, { $ref: '#/$defs/powerRampGauge' });
    expect(fields.map((f) => f.key)).to.deep.equal([
      'heading',
      'source',
      'stages',
      'unit',
      'displayUnit',
      'max',
      'current',
    ]);
    expect(stages()).to.include({ kind: 'list', required: true, minItems: 1 });
    expect(stages().items!.map((f) => [f.key, f.kind, f.required])).to.deep.equal([
      ['value', 'number', true],
      ['label', 'text', false],
      ['atLeast', 'boolean', false],
    ]);
    expect(fields.find((f) => f.key === 'unit')).to.include({ kind: 'enum' });
    expect(fields.find((f) => f.key === 'current')).to.deep.include({
      kind: 'choice',
      options: ['none'],
    });
    expect(fields.find((f) => f.key === 'heading')!.description).to.equal(
      'Heading above the chart.',
    );
  });

  it('parseInput() reads numerals as numbers, keeps other text for the validator, and empty as unset', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(parseInput('number', String(n))).to.equal(n);
      }),
    );
    expect(parseInput('number', '150 MW')).to.equal('150 MW');
    expect(parseInput('number', '  ')).to.equal(undefined);
    expect(parseInput('choice', 'none')).to.equal('none');
    expect(parseInput('text', '2026')).to.equal('2026');
  });
});

describe('errors by field', () => {
  it('schemaErrors() names the missing required field and the wrong type', () => {
    const errors = schemaErrors('ramp', ramp, { stages: [{}, { value: 'many' }] });
    expect(errors.get('ramp/stages/0/value')).to.deep.equal(['Required.']);
    expect(errors.get('ramp/stages/1/value')).to.deep.equal(['Must be number.']);
  });

  it('schemaErrors() is empty for the Sakai ramp', () => {
    const errors = schemaErrors('ramp', ramp, {
      unit: 'MW',
      stages: [{ value: 150, label: '2026' }],
    });
    expect([...errors]).to.deep.equal([]);
  });

  it('widgetErrors() puts an issue on its field, or on the part when the form has no such field', () => {
    const issue = {
      attribute: 'stages[0].value',
      value: -1,
      message: 'negative',
      severity: 'error',
    } as const;
    const known = (id: string) => id === 'ramp/stages/0/value';
    expect([...widgetErrors('ramp', [issue], known).keys()]).to.deep.equal(['ramp/stages/0/value']);
    expect([...widgetErrors('ramp', [issue], () => false).keys()]).to.deep.equal(['ramp']);
  });
});
