import { expect } from '@open-wc/testing';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';

const NBSP = '\u00a0';

function texts(stages: unknown, locale: string, current?: unknown) {
  return describeGauge(parseGauge({ stages, current }).model!, locale);
}

const sakaiFr = [
  { value: 150, label: '2026' },
  { value: 240, label: 'à terme', atLeast: true },
];

describe('describeGauge()', () => {
  it('states the Sakai ramp in French, nothing reached yet', () => {
    const t = texts(sakaiFr, 'fr');
    expect(t.summary).to.equal(
      `Puissance${NBSP}: 150${NBSP}mégawatts en 2026 (prévus), plus de 240${NBSP}mégawatts à terme (prévus)`,
    );
    expect(t.stages.map((s) => s.figure)).to.deep.equal([
      `150${NBSP}MW`,
      `plus de${NBSP}240${NBSP}MW`,
    ]);
    expect(t.centerLabel).to.equal('prévus en 2026');
    expect(t.max).to.equal(`250${NBSP}MW`);
    expect(t.headers).to.deep.equal(['Étape', 'Puissance', 'Statut']);
    expect(t.rows).to.deep.equal([
      ['2026', `150${NBSP}mégawatts`, 'prévue'],
      ['à terme', `plus de 240${NBSP}mégawatts`, 'prévue'],
    ]);
  });

  it('says which stages are reached when current names one', () => {
    const t = texts(sakaiFr, 'fr', 0);
    expect(t.summary).to.equal(
      `Puissance${NBSP}: 150${NBSP}mégawatts en 2026 (atteints), plus de 240${NBSP}mégawatts à terme (prévus)`,
    );
    expect(t.rows.map((r) => r[2])).to.deep.equal(['atteinte', 'prévue']);
    expect(t.centerLabel).to.equal('2026');
    const en = texts(sakaiFr, 'en', 1);
    expect(en.rows.map((r) => r[2])).to.deep.equal(['reached', 'reached']);
  });

  it('states it in English and Japanese', () => {
    const stages = [
      { value: 150, label: '2026' },
      { value: 240, label: 'later', atLeast: true },
    ];
    const en = texts(stages, 'en');
    expect(en.summary).to.equal(
      `Power: 150${NBSP}megawatts in 2026 (planned), more than 240${NBSP}megawatts later (planned)`,
    );
    expect(en.stages[1]!.figure).to.equal(`>${NBSP}240${NBSP}MW`);
    expect(en.centerLabel).to.equal('planned for 2026');
    const ja = texts(
      [
        { value: 150, label: '2026' },
        { value: 240, label: '将来', atLeast: true },
      ],
      'ja',
    );
    expect(ja.summary).to.equal('電力：2026年 150メガワット（計画）、将来 240メガワット超（計画）');
    expect(ja.stages.map((s) => s.figure)).to.deep.equal(['150MW', '240MW超']);
    expect(ja.centerLabel).to.equal('2026年に計画');
    expect(ja.rows.map((r) => r[2])).to.deep.equal(['計画', '計画']);
  });

  it('makes French status words agree with the figure as Intl.PluralRules reads it', () => {
    const one = new Intl.PluralRules('fr');
    for (const value of [0, 1, 1.5, 1.99, 2, 150]) {
      const singular = one.select(value) === 'one';
      const t = texts([{ value, label: '2026' }], 'fr');
      const unit = singular ? 'mégawatt' : 'mégawatts';
      expect(t.summary, String(value)).to.contain(
        `${NBSP}${unit} en 2026 (prévu${singular ? '' : 's'})`,
      );
      expect(t.centerLabel, String(value)).to.equal(singular ? 'prévu en 2026' : 'prévus en 2026');
    }
    // The participle agrees with the noun as printed, floor or not ("plus d'un mégawatt prévu").
    expect(texts([{ value: 1, atLeast: true }], 'fr').summary).to.match(/mégawatt \(prévu\)$/);
  });

  it('writes "planned" alone under the centre figure of an unlabelled first stage', () => {
    expect(texts([{ value: 5 }], 'en').centerLabel).to.equal('planned');
    expect(texts([{ value: 5, label: 'phase 1' }], 'en').centerLabel).to.equal('planned: phase 1');
  });

  it('numbers unlabelled stages in the table', () => {
    expect(texts([{ value: 5 }], 'en').rows).to.deep.equal([['1', `5${NBSP}megawatts`, 'planned']]);
  });
});
