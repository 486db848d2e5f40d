// What readers read: the error box and the note in the widget's language, hedges that a clamp
// cannot cut, and the figures in words even without a chart.
import { expect, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import './define.js';
import { LedeDealValueCard } from './deal-value-card.js';
import { drawn, captureWarnings, nextEvent } from '../core/test-helpers/render.js';
import type { LedeErrorEvent } from '../core/element/events.js';
import { fixture } from '@open-wc/testing';

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, part: string) =>
  [...root(el).querySelectorAll(`[part=${part}]`)].map((p) => p.textContent.trim());

/** A card whose model left out its second comparison, as models mark such issues. */
class CardWithDropped extends LedeDealValueCard {
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.addIssues([
      {
        attribute: 'compare[1].currency',
        value: 'XYZ',
        message: 'compare[1].currency "XYZ" cannot be converted; leaving it out',
        severity: 'warning',
        dropped: true,
      },
    ]);
  }
}
customElements.define('test-card-with-dropped', CardWithDropped);

describe('<lede-deal-value-card> words for readers', () => {
  const warnings = captureWarnings();

  for (const [lang, sentence] of [
    ['en', 'The data in “amount” could not be read.'],
    ['fr', 'Les données de «\u00a0amount\u00a0» n’ont pas pu être lues.'],
    ['ja', '「amount」のデータを読み取れませんでした。'],
  ] as const) {
    it(`shows the error in ${lang}, the developer's message only in the event and console`, async () => {
      const box = await fixture<HTMLDivElement>(
        html`<div lang=${lang} style="width: 320px"></div>`,
      );
      const el = document.createElement('lede-deal-value-card');
      el.setAttribute('amount', 'lots');
      el.setAttribute('currency', 'JPY');
      const error = nextEvent<LedeErrorEvent>(el, 'lede-error');
      box.append(el);
      const [found] = (await error).detail.issues;
      await el.updateComplete;
      const [box2] = text(el, 'error');
      expect(box2).to.contain(sentence);
      expect(box2).not.to.contain(found!.message);
      expect(String(warnings[0]![0])).to.contain(found!.message);
    });
  }

  it('notes items left out below the chart, in the widget’s language', async () => {
    const compare = '[{"label":"OpenAI","amount":25000000000,"currency":"USD"}]';
    const el = await drawn(
      html`<test-card-with-dropped
        lang="fr"
        amount="100000000000"
        currency="JPY"
        converted-amount="676000000"
        converted-currency="USD"
        compare=${compare}
      ></test-card-with-dropped>`,
    );
    expect(text(el, 'note')).to.include('1\u00a0comparaison n’a pas pu être affichée.');
    // Below the chart box, whose height was reserved before drawing.
    const chart = root(el).querySelector('[part=chart]')!.getBoundingClientRect();
    const note = root(el).querySelector('.dropped')!.getBoundingClientRect();
    expect(note.top).to.be.at.least(chart.bottom);
    expect(chart.height).to.equal(2 * 46);
    await expect(el).to.be.accessible();
  });

  it('keeps a hedge that ends a clamped line in view', async () => {
    const label = `${'Land and buildings of the former plant '.repeat(6)}(reported)`;
    const el = await drawn(
      html`<lede-deal-value-card
        amount="1000"
        currency="EUR"
        label=${label}
        source="${'Company filings and reports '.repeat(8)}(as reported)"
      ></lede-deal-value-card>`,
      320,
    );
    for (const part of ['what', 'source']) {
      const p = root(el).querySelector(`[part=${part}]`)!;
      const words = p.querySelector('.clamp')!;
      const hedge = p.querySelector('.hedge')!.getBoundingClientRect();
      // The words are clamped (cut), the hedge is whole, below or beside them, inside the widget.
      expect(words.scrollHeight, part).to.be.greaterThan(words.clientHeight);
      expect(hedge.height).to.be.greaterThan(0);
      expect(hedge.top).to.be.at.least(words.getBoundingClientRect().top);
      expect(hedge.bottom).to.be.at.most(p.getBoundingClientRect().bottom + 0.5);
      expect(hedge.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
    expect(text(el, 'what')[0]).to.match(/former plant \(reported\)$/);
  });

  it('states the figures in words without a heading or a comparison', async () => {
    const el = await drawn(
      html`<lede-deal-value-card
        lang="ja"
        amount="100000000000"
        currency="JPY"
      ></lede-deal-value-card>`,
    );
    const caption = root(el).querySelector('caption')!.textContent.trim();
    expect(caption).to.equal('1000億円');
    expect(root(el).querySelector('tbody th')!.textContent).to.equal('本件');
    await expect(el).to.be.accessible();
  });
});
