import { expect } from '@open-wc/testing';
import { parseGauge } from './model.js';
import { describeGauge } from './describe.js';

const NBSP = '\u00a0';

function texts(stages: unknown, locale: string) {
  return describeGauge(parseGauge({ stages }).model!, locale);
}

describe('describeGauge()', () => {
  it('states the Sakai ramp in French', () => {
    const t = texts(
      [
        { value: 150, label: '2026' },
        { value: 240, label: 'à terme', atLeast: true },
      ],
      'fr',
    );
    expect(t.summary).to.equal(
      `Puissance${NBSP}: 150${NBSP}mégawatts en 2026, plus de 240${NBSP}mégawatts à terme`,
    );
    expect(t.stages.map((s) => s.figure)).to.deep.equal([`150${NBSP}MW`, `>${NBSP}240${NBSP}MW`]);
    expect(t.max).to.equal(`250${NBSP}MW`);
    expect(t.rows).to.deep.equal([
      ['2026', `150${NBSP}mégawatts`],
      ['à terme', `plus de 240${NBSP}mégawatts`],
    ]);
  });

  it('states it in English and Japanese', () => {
    const stages = [
      { value: 150, label: '2026' },
      { value: 240, label: 'later', atLeast: true },
    ];
    expect(texts(stages, 'en').summary).to.equal(
      `Power: 150${NBSP}megawatts in 2026, more than 240${NBSP}megawatts later`,
    );
    const ja = [
      { value: 150, label: '2026' },
      { value: 240, label: '将来', atLeast: true },
    ];
    expect(texts(ja, 'ja').summary).to.equal('電力：2026年 150メガワット、将来 240メガワット超');
  });

  it('numbers unlabelled stages in the table', () => {
    expect(texts([{ value: 5 }], 'en').rows).to.deep.equal([['1', `5${NBSP}megawatts`]]);
  });
});
