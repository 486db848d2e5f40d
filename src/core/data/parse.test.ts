import { expect } from '@open-wc/testing';
import { parseBoolean, parseEnum, parseNumber, parseText } from './parse.js';
import { jsonConverter, parseJsonValue, InvalidJson, ObjectText, readJsonField } from './json.js';
import { showValue } from './issues.js';

describe('parseNumber()', () => {
  it('reads decimal and scientific notation', () => {
    expect(parseNumber('max', '150').value).to.equal(150);
    expect(parseNumber('max', ' 1.2e3 ').value).to.equal(1200);
    expect(parseNumber('max', '.5').value).to.equal(0.5);
    expect(parseNumber('max', 42).value).to.equal(42);
  });

  it('treats absent values as undefined without an issue', () => {
    for (const raw of [undefined, null, '']) {
      expect(parseNumber('max', raw)).to.deep.equal({ value: undefined, issues: [] });
    }
  });

  it('rejects text, NaN, Infinity and hexadecimal with an issue naming the attribute', () => {
    for (const raw of ['abc', 'NaN', 'Infinity', '0x10', NaN, Infinity, '12px', {}]) {
      const result = parseNumber('max', raw);
      expect(result.value, showValue(raw)).to.equal(undefined);
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]!.attribute).to.equal('max');
      expect(Object.is(result.issues[0]!.value, raw)).to.equal(true);
      expect(result.issues[0]!.message).to.contain('max must be a finite number');
    }
  });

  it('enforces min and integer rules', () => {
    expect(parseNumber('current', '-1', { min: 0 }).issues[0]!.message).to.contain('at least 0');
    expect(parseNumber('current', '1.5', { integer: true }).issues[0]!.message).to.contain(
      'whole number',
    );
    expect(parseNumber('current', '2', { integer: true, min: 0 }).value).to.equal(2);
  });
});

describe('parseEnum()', () => {
  const themes = ['auto', 'light', 'dark'] as const;
  it('accepts an allowed value', () => {
    expect(parseEnum('theme', 'dark', themes, 'auto')).to.deep.equal({ value: 'dark', issues: [] });
  });
  it('falls back with a warning on anything else', () => {
    const result = parseEnum('theme', 'sepia', themes, 'auto');
    expect(result.value).to.equal('auto');
    expect(result.issues[0]).to.include({
      attribute: 'theme',
      value: 'sepia',
      severity: 'warning',
    });
    expect(result.issues[0]!.message).to.equal(
      'theme must be one of auto, light, dark; got "sepia", using auto',
    );
  });
});

describe('parseText()', () => {
  it('trims text and drops empty text', () => {
    expect(parseText('heading', '  Sakai ').value).to.equal('Sakai');
    expect(parseText('heading', '   ').value).to.equal(undefined);
  });
  it('reports objects and ignores them', () => {
    const result = parseText('heading', { a: 1 });
    expect(result.value).to.equal(undefined);
    expect(result.issues[0]!.severity).to.equal('warning');
  });
});

describe('jsonConverter', () => {
  it('parses JSON attributes', () => {
    expect(jsonConverter.fromAttribute!('[{"value":1}]', undefined)).to.deep.equal([{ value: 1 }]);
    expect(jsonConverter.fromAttribute!(null, undefined)).to.equal(undefined);
  });
  it('keeps bad JSON as InvalidJson, which parseJsonValue reports for the attribute', () => {
    const bad = jsonConverter.fromAttribute!('[{"value":150,}]', undefined);
    expect(bad).to.be.instanceOf(InvalidJson);
    const result = parseJsonValue('stages', bad);
    expect(result.value).to.equal(undefined);
    expect(result.issues[0]).to.include({ attribute: 'stages', value: '[{"value":150,}]' });
    expect(result.issues[0]!.message).to.match(/^stages is not valid JSON \(.+\)$/);
  });
  it('keeps the text String() makes of objects as ObjectText, reported as such', () => {
    for (const text of ['[object Object]', '[object Object],[object Object]']) {
      const found = jsonConverter.fromAttribute!(text, undefined);
      expect(found).to.deep.equal(new ObjectText(text));
      const result = parseJsonValue('stages', found);
      expect(result.value).to.equal(undefined);
      expect(result.issues).to.deep.equal([
        {
          attribute: 'stages',
          value: text,
          message: `stages got the text "${text}": set it as a property or as JSON`,
          severity: 'error',
        },
      ]);
    }
  });
  it('readJsonField() reads string properties as attributes are read', () => {
    expect(readJsonField('[object Object]')).to.be.instanceOf(ObjectText);
    expect(readJsonField('[object Object], [object Object]')).to.be.instanceOf(InvalidJson);
    expect(readJsonField('"[object Object]"')).to.equal('[object Object]');
  });
  it('serialises properties back to JSON', () => {
    expect(jsonConverter.toAttribute!([1, 2], undefined)).to.equal('[1,2]');
  });
});

describe('showValue()', () => {
  it('quotes strings, cuts long text and survives cycles', () => {
    expect(showValue('abc')).to.equal('"abc"');
    expect(showValue('x'.repeat(100))).to.have.length(58);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(showValue(cyclic)).to.equal('[object Object]');
    const bare = Object.create(null) as Record<string, unknown>;
    bare.self = bare;
    expect(showValue(bare)).to.equal('[object Object]');
  });
});

describe('parseBoolean()', () => {
  it('reads true, false and those words in any case; absent is false', () => {
    for (const [raw, value] of [
      [true, true],
      [false, false],
      ['true', true],
      [' False ', false],
      ['TRUE', true],
      [undefined, false],
      [null, false],
    ] as const) {
      expect(parseBoolean('atLeast', raw), String(raw)).to.deep.equal({ value, issues: [] });
    }
  });

  it('refuses anything else instead of guessing', () => {
    for (const raw of ['yes', 'oui', '', 1, 0, {}, []]) {
      const { value, issues } = parseBoolean('atLeast', raw);
      expect(value, JSON.stringify(raw)).to.equal(undefined);
      expect(issues[0]).to.include({ attribute: 'atLeast', severity: 'error' });
    }
  });
});
