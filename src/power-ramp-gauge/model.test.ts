import { expect } from '@open-wc/testing';
import { niceMaxAbove, parseGauge } from './model.js';

const sakai = [
  { value: 150, label: '2026' },
  { value: 240, label: 'à terme', atLeast: true },
];

describe('parseGauge()', () => {
  it('builds the Sakai model with a round max above the largest stage', () => {
    const { model, issues } = parseGauge({ stages: sakai, unit: 'MW' });
    expect(issues).to.deep.equal([]);
    expect(model).to.deep.equal({
      stages: [
        { value: 150, label: '2026', atLeast: false },
        { value: 240, label: 'à terme', atLeast: true },
      ],
      unit: 'MW',
      scaled: false,
      max: 250,
    });
  });

  it('keeps the author’s unit: 300 MW and 1,000 MW stay in megawatts', () => {
    const { model } = parseGauge({ stages: [{ value: 300 }, { value: 1000 }], unit: 'MW' });
    expect(model!.unit).to.equal('MW');
    expect(model!.stages.map((s) => s.value)).to.deep.equal([300, 1000]);
    expect(model!.max).to.equal(1200);
  });

  it('scales figures to the unit that reads best when display-unit is auto', () => {
    const { model } = parseGauge({
      stages: [{ value: 1200 }, { value: 2500 }],
      unit: 'MW',
      displayUnit: 'auto',
    });
    expect(model!.unit).to.equal('GW');
    expect(model!.stages.map((s) => s.value)).to.deep.equal([1.2, 2.5]);
    expect(model!.max).to.equal(3);
  });

  it('accepts max and current as attribute text', () => {
    const { model, issues } = parseGauge({ stages: sakai, max: '300', current: '1' });
    expect(issues).to.deep.equal([]);
    expect(model!.max).to.equal(300);
    expect(model!.current).to.equal(1);
  });

  it('fails on a missing, empty or non-array stages list', () => {
    for (const stages of [undefined, [], { value: 1 }, '{"value":1}']) {
      const { model, issues } = parseGauge({ stages });
      expect(model, JSON.stringify(stages)).to.equal(undefined);
      expect(issues[0]).to.include({ attribute: 'stages', severity: 'error' });
    }
  });

  it('reads JSON text given as a property, and reports it when invalid', () => {
    expect(parseGauge({ stages: '[{"value":5}]' }).model!.stages[0]!.value).to.equal(5);
    expect(parseGauge({ stages: 'abc' }).issues[0]!.message).to.match(/^stages is not valid JSON/);
  });

  it('names the faulty field of a bad stage', () => {
    const { model, issues } = parseGauge({ stages: [{ value: -5 }, { value: 'lots' }, 7, {}] });
    expect(model).to.equal(undefined);
    expect(issues.map((i) => i.attribute)).to.deep.equal([
      'stages[0].value',
      'stages[1].value',
      'stages[2]',
      'stages[3].value',
    ]);
    expect(issues[0]!.message).to.equal('stages[0].value must be at least 0; got -5');
  });

  it('reports the holes of a sparse array', () => {
    const { model, issues } = parseGauge({ stages: new Array(2) });
    expect(model).to.equal(undefined);
    expect(issues.map((i) => i.attribute)).to.deep.equal(['stages[0]', 'stages[1]']);
  });

  it('refuses a ramp that goes down', () => {
    const { model, issues } = parseGauge({ stages: [{ value: 240 }, { value: 150 }] });
    expect(model).to.equal(undefined);
    expect(issues[0]!.attribute).to.equal('stages[1].value');
  });

  it('refuses a unit, max or current it cannot read, instead of drawing another figure', () => {
    const { model, issues } = parseGauge({
      stages: sakai,
      unit: 'horsepower',
      max: '100',
      current: '7',
    });
    expect(model).to.equal(undefined);
    // max is checked against the stages once their unit is known.
    expect(issues.map((i) => [i.attribute, i.severity])).to.deep.equal([
      ['unit', 'error'],
      ['current', 'error'],
    ]);
    expect(issues[0]!.message).to.match(/^unit must be a power unit.*; got "horsepower"$/);
  });

  it('refuses a max below the largest stage, or one it cannot read', () => {
    for (const max of ['100', '0', 'big', '-1', 'Infinity']) {
      const { model, issues } = parseGauge({ stages: sakai, max });
      expect(model, max).to.equal(undefined);
      expect(
        issues.map((i) => [i.attribute, i.severity]),
        max,
      ).to.deep.equal([['max', 'error']]);
    }
    expect(parseGauge({ stages: sakai, max: 240 }).model!.max).to.equal(240);
  });

  it('refuses a current out of range or not a whole number', () => {
    for (const current of ['-1', '2', '1.5', 'first', 2, true]) {
      const { model, issues } = parseGauge({ stages: sakai, current });
      expect(model, String(current)).to.equal(undefined);
      expect(issues[0], String(current)).to.include({ attribute: 'current', severity: 'error' });
    }
  });

  it('reaches nothing unless current says so: absent, "none" and blank mean none', () => {
    for (const current of [undefined, null, '', 'none', ' NONE ', 'None']) {
      const { model, issues } = parseGauge({ stages: sakai, current });
      expect(issues, String(current)).to.deep.equal([]);
      expect(model!.current, String(current)).to.equal(undefined);
    }
    expect(parseGauge({ stages: sakai, current: 0 }).model!.current).to.equal(0);
    expect(parseGauge({ stages: sakai, current: ' 1 ' }).model!.current).to.equal(1);
  });

  it('reads atLeast from true/false and their words, and refuses anything else', () => {
    for (const [raw, value] of [
      [true, true],
      ['true', true],
      [' TRUE ', true],
      [false, false],
      ['false', false],
      [undefined, false],
    ] as const) {
      const { model, issues } = parseGauge({ stages: [{ value: 1, atLeast: raw }] });
      expect(issues, String(raw)).to.deep.equal([]);
      expect(model!.stages[0]!.atLeast, String(raw)).to.equal(value);
    }
    for (const raw of ['yes', 1, 0, 'oui', {}]) {
      const { model, issues } = parseGauge({ stages: [{ value: 1, atLeast: raw }] });
      expect(model, JSON.stringify(raw)).to.equal(undefined);
      expect(issues[0]).to.include({ attribute: 'stages[0].atLeast', severity: 'error' });
    }
  });

  it('draws a stage whose label is not text without the label, with a warning: the stage is not dropped', () => {
    const { model, issues } = parseGauge({ stages: [{ value: 1, label: { year: 2026 } }] });
    expect(model!.stages[0]).to.deep.equal({ value: 1, atLeast: false });
    expect(issues[0]).to.include({ attribute: 'stages[0].label', severity: 'warning' });
    expect(issues[0]!.dropped).to.equal(undefined);
  });
});

describe('parseGauge() units', () => {
  const spellings: [string, string][] = [
    ['W', 'W'],
    ['w', 'W'],
    ['watt', 'W'],
    ['Watts', 'W'],
    ['ワット', 'W'],
    ['kW', 'kW'],
    ['kw', 'kW'],
    ['KW', 'kW'],
    ['kilowatt', 'kW'],
    ['kilowatts', 'kW'],
    ['キロワット', 'kW'],
    ['MW', 'MW'],
    ['Mw', 'MW'],
    ['mw', 'MW'],
    [' MW ', 'MW'],
    ['megawatt', 'MW'],
    ['megawatts', 'MW'],
    ['mégawatt', 'MW'],
    ['Mégawatts', 'MW'],
    ['メガワット', 'MW'],
    ['ＭＷ', 'MW'],
    ['GW', 'GW'],
    ['gw', 'GW'],
    ['gigawatt', 'GW'],
    ['gigawatts', 'GW'],
    ['ギガワット', 'GW'],
    ['TW', 'TW'],
    ['terawatt', 'TW'],
    ['térawatts', 'TW'],
    ['terawatts', 'TW'],
    ['テラワット', 'TW'],
  ];

  it('reads every plain spelling of a unit as the unit it names, and draws in it', () => {
    for (const [unit, symbol] of spellings) {
      const { model, issues } = parseGauge({ stages: sakai, unit });
      expect(issues, unit).to.deep.equal([]);
      expect(model!.unit, unit).to.equal(symbol);
      expect(model!.stages[0]!.value, unit).to.equal(150);
    }
  });

  it('keeps MW, the documented default, when no unit is given', () => {
    for (const unit of [undefined, null, '']) {
      expect(parseGauge({ stages: sakai, unit }).model!.unit).to.equal('MW');
    }
  });

  it('refuses anything that is not a power unit', () => {
    for (const unit of ['horsepower', 'MWh', 'kVA', 'mega', 5, {}, 'W s']) {
      const { model, issues } = parseGauge({ stages: sakai, unit });
      expect(model, JSON.stringify(unit)).to.equal(undefined);
      expect(issues[0], JSON.stringify(unit)).to.include({ attribute: 'unit', severity: 'error' });
    }
  });

  it('converts to display-unit when one is given, the scale end with it', () => {
    const { model } = parseGauge({ stages: sakai, unit: 'MW', displayUnit: 'gigawatts', max: 300 });
    expect(model).to.deep.include({ unit: 'GW', max: 0.3, scaled: false });
    expect(model!.stages.map((s) => s.value)).to.deep.equal([0.15, 0.24]);
  });

  it('refuses a display-unit it cannot read, or one too small to hold the figures', () => {
    const bad = parseGauge({ stages: sakai, displayUnit: 'hp' });
    expect(bad.model).to.equal(undefined);
    expect(bad.issues[0]).to.include({ attribute: 'display-unit', severity: 'error' });
    const huge = parseGauge({ stages: [{ value: 1e300 }], unit: 'TW', displayUnit: 'W' });
    expect(huge.model).to.equal(undefined);
    expect(huge.issues[0]).to.include({ attribute: 'display-unit', severity: 'error' });
  });
});

describe('niceMaxAbove()', () => {
  it('returns a round number strictly above the largest stage', () => {
    expect(niceMaxAbove(240)).to.equal(250);
    expect(niceMaxAbove(150)).to.equal(160);
    expect(niceMaxAbove(250)).to.equal(300);
    expect(niceMaxAbove(2.5)).to.equal(3);
    expect(niceMaxAbove(0.3)).to.equal(0.35);
    expect(niceMaxAbove(0)).to.equal(1);
  });
});
