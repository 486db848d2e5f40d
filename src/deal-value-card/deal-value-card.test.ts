import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { LedeErrorEvent } from '../core/element/events.js';
import { captureWarnings, drawn, nextEvent } from '../core/test-helpers/render.js';

const NBSP = '\u00a0';
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element, part: string) =>
  root(el).querySelector(`[part=${part}]`)?.textContent?.trim();

describe('<lede-deal-value-card>', () => {
  const warnings = captureWarnings();

  it('keeps a Japanese date on one line in a narrow column', async () => {
    const el = await drawn(
      html`<div style="width: 320px">
        <lede-deal-value-card
          lang="ja"
          theme="dark"
          amount="100000000000"
          currency="JPY"
          buyer="SoftBank"
          seller="Sharp"
          date="2025-03-14"
        ></lede-deal-value-card>
      </div>`,
    );
    const card = el.querySelector('lede-deal-value-card')!;
    await card.updateComplete;
    const who = root(card).querySelector('[part=who]')!;
    const node = document.createTreeWalker(who, NodeFilter.SHOW_TEXT).nextNode()!;
    // The date's characters, whatever invisible joiners the line holds between them.
    const visible = [...node.textContent!]
      .map((c, i) => [c, i] as const)
      .filter(([c]) => c !== '\u2060');
    const chars = visible.map(([c]) => c).join('');
    const start = chars.indexOf('2025年3月14日');
    expect(start, chars).to.be.at.least(0);
    const range = document.createRange();
    range.setStart(node, visible[start]![1]);
    range.setEnd(node, visible[start + '2025年3月14日'.length - 1]![1] + 1);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(tops.size, `${chars}: the date on one line`).to.equal(1);
  });

  it('writes the Sakai deal in French with its conversion, parties and date', async () => {
    const el = await drawn(
      html`<lede-deal-value-card
        lang="fr"
        amount="100000000000"
        currency="JPY"
        converted-amount="676000000"
        converted-currency="USD"
        label="Terrain et bâtiments"
        buyer="SoftBank"
        seller="Sharp"
        date="2025-03-14"
        compare='[{"label":"OpenAI","amount":25000000000,"currency":"USD"}]'
      ></lede-deal-value-card>`,
    );
    expect(text(el, 'headline')).to.equal(`100${NBSP}milliards de yens`);
    expect(text(el, 'conversion')).to.equal(
      `soit 676${NBSP}millions de dollars, selon les chiffres publiés`,
    );
    // The date never breaks across lines.
    expect(text(el, 'who')).to.equal(
      `Acquisition par SoftBank auprès de Sharp · 14${NBSP}mars${NBSP}2025`,
    );
    const bars = [...root(el).querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(bars[0]! / bars[1]!).to.be.closeTo(676e6 / 25e9, 0.01);
    expect(text(el, 'note')).to.contain('Conversion au taux implicite');
    const labels = [...root(el).querySelectorAll('text')].map((t) => t.textContent);
    // Every bar in dollars; the yen amount as given follows the deal's where the page font leaves room.
    expect([labels[0], labels[2], labels[3]]).to.deep.equal([
      'Terrain et bâtiments',
      'OpenAI',
      `25${NBSP}milliards de dollars`,
    ]);
    expect([
      `676${NBSP}millions de dollars`,
      `676${NBSP}millions de dollars (100${NBSP}milliards de yens)`,
    ]).to.include(labels[1]);
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reserves the chart height from the number of comparisons and the width', async () => {
    const card = html`<lede-deal-value-card
      amount="1"
      currency="EUR"
      compare='[{"label":"a","amount":2},{"label":"b","amount":3}]'
    ></lede-deal-value-card>`;
    const wide = await drawn(card, 600);
    expect(root(wide).querySelector('[part=chart]')!.getBoundingClientRect().height).to.equal(
      3 * 46,
    );
    const narrow = await drawn(card, 300);
    const chart = root(narrow).querySelector('[part=chart]')!;
    expect(chart.getBoundingClientRect().height).to.equal(3 * 62);
    expect(root(narrow).querySelector('svg')!.getAttribute('viewBox')).to.match(/ 186$/);
  });

  it('draws no bars without a comparison, and reserves no room for them', async () => {
    const el = await drawn(
      html`<lede-deal-value-card
        lang="en"
        amount="100000000000"
        currency="JPY"
        label="Sakai plant"
      ></lede-deal-value-card>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=bars]')).to.equal(null);
    expect(root.querySelector('[part=chart]')!.getBoundingClientRect().height).to.equal(0);
    expect(root.querySelector('[part=headline]')!.textContent).to.contain('100');
    await expect(el).to.be.accessible();
  });

  it('shows a message naming the attribute for a fatal issue', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('lede-deal-value-card');
    el.setAttribute('amount', '-5');
    el.setAttribute('currency', 'XYZ');
    const error = nextEvent<LedeErrorEvent>(el, 'lede-error');
    box.append(el);
    const issues = (await error).detail.issues;
    expect(issues.map((i) => i.attribute)).to.deep.equal(['amount', 'currency']);
    await el.updateComplete;
    expect(text(el, 'error')).to.contain('The data in “amount” and “currency” could not be read.');
    expect(issues[0]!.message).to.contain('amount must be at least 0');
    // The message has a box of its own height, not a collapsed one.
    expect(root(el).querySelector('[part=chart]')!.getBoundingClientRect().height).to.equal(3 * 62);
    expect(warnings).to.have.length(1);
  });
});

describe('<lede-deal-value-card> drawing', () => {
  // One snapshot for every engine: these bars and their text keep their places whatever the widths
  // of the text (the same drawing with every width doubled), so the fonts each engine picks do not
  // show in it.
  it('matches the SVG snapshot of the Sakai bars at 480 px', async () => {
    const { compareSnapshot } = await import('@web/test-runner-commands');
    const { normalizeSvg } = await import('../core/test-helpers/render.js');
    const el = await drawn(
      html`<lede-deal-value-card
        lang="en"
        amount="100000000000"
        currency="JPY"
        converted-amount="676000000"
        converted-currency="USD"
        label="Sakai plant"
        compare='[{"label":"OpenAI","amount":25000000000,"currency":"USD"}]'
      ></lede-deal-value-card>`,
    );
    await compareSnapshot({
      name: 'deal-value-card-sakai-en-480',
      content: normalizeSvg(root(el).querySelector('svg')!),
    });
  });
});
