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
      max: 250,
      current: 0,
    });
  });

  it('scales figures to the unit that reads best', () => {
    const { model } = parseGauge({ stages: [{ value: 1200 }, { value: 2500 }], unit: 'MW' });
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

  it('draws with defaults when unit, max or current are unusable, and says so', () => {
    const { model, issues } = parseGauge({
      stages: sakai,
      unit: 'horsepower',
      max: '100',
      current: '7',
    });
    expect(model).to.include({ unit: 'MW', max: 250, current: 0 });
    expect(issues.map((i) => [i.attribute, i.severity])).to.deep.equal([
      ['unit', 'warning'],
      ['max', 'warning'],
      ['current', 'warning'],
    ]);
  });

  it('reports non-numeric max and current as warnings', () => {
    const { model, issues } = parseGauge({ stages: sakai, max: 'big', current: '-1' });
    expect(model).to.include({ max: 250, current: 0 });
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
    expect(issues).to.have.length(2);
  });

  it('ignores a non-boolean atLeast with a warning', () => {
    const { model, issues } = parseGauge({ stages: [{ value: 1, atLeast: 'yes' }] });
    expect(model!.stages[0]!.atLeast).to.equal(false);
    expect(issues[0]).to.include({ attribute: 'stages[0].atLeast', severity: 'warning' });
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
