import { expect } from '@open-wc/testing';
import { japanesePhrases } from './japanese-phrases.js';

describe('japanesePhrases()', () => {
  it('gives no phrases for other languages and loads nothing for them', () => {
    let updates = 0;
    expect(japanesePhrases('en', () => updates++)).to.equal(undefined);
    expect(japanesePhrases('fr', () => updates++)).to.equal(undefined);
    expect(updates).to.equal(0);
  });

  it('loads BudouX for Japanese, asks for an update, then gives phrases with figures whole', async () => {
    const phrases = await new Promise<(text: string) => string[]>((resolve) => {
      const first = japanesePhrases('ja', () => resolve(japanesePhrases('ja', () => undefined)!));
      if (first) resolve(first);
    });
    expect(phrases('2025年3月14日に稼働を始めた')).to.deep.equal([
      '2025年3月14日に',
      '稼働を',
      '始めた',
    ]);
    expect(phrases('売上は6億7600万ドルに').join(' / ')).to.include('6億7600万ドル');
  });
});
