// Astro's Lit integration (@astrojs/lit 4.3) hydrates a server-rendered widget in this order: the
// widget's module runs, and with server-rendered widgets on the page our define waits for Lit's
// hydration support; meanwhile the integration sets each prop it finds `in` the class's prototype
// on the element, not yet upgraded, and removes `defer-hydration`; then the define finishes. The
// class must have its property accessors before the define, or every prop is skipped.
// Its own file: the page must hold the server-rendered widgets before anything defines them.
import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';
import { LedePowerRampGauge } from '../../power-ramp-gauge/power-ramp-gauge.js';
import { LedeDealValueCard } from '../../deal-value-card/deal-value-card.js';
import { captureWarnings, nextEvent } from '../test-helpers/render.js';

/** What @astrojs/lit's client does (dist/client.js) with the props an Astro page passes. */
function hydrateAsAstro(
  element: Element,
  Component: CustomElementConstructor,
  props: Record<string, unknown>,
): void {
  for (const [name, value] of Object.entries(props)) {
    if (name in Component.prototype) (element as unknown as Record<string, unknown>)[name] = value;
  }
  element.removeAttribute('defer-hydration');
}

describe('a define deferred for hydration support', () => {
  const warnings = captureWarnings();

  it('keeps props a framework sets before it finishes', async () => {
    const box = document.createElement('div');
    box.style.width = '480px';
    document.body.append(box);
    // Server-rendered widgets, as Astro writes them: data as properties, so no data attribute.
    // Constant markup: a declarative shadow root comes only from parsed HTML.
    const shadow = '<template shadowrootmode="open"><p>server</p></template>';
    box.setHTMLUnsafe(
      `<lede-power-ramp-gauge defer-hydration layout-width="480">${shadow}</lede-power-ramp-gauge>` +
        `<lede-deal-value-card defer-hydration layout-width="480">${shadow}</lede-deal-value-card>`,
    );
    const [gauge, card] = [...box.children];
    const ready = [nextEvent(gauge!, 'lede-ready', 5000), nextEvent(card!, 'lede-ready', 5000)];

    defineElement('lede-power-ramp-gauge', LedePowerRampGauge);
    defineElement('lede-deal-value-card', LedeDealValueCard);
    expect(customElements.get('lede-power-ramp-gauge'), 'deferred').to.equal(undefined);
    hydrateAsAstro(gauge!, LedePowerRampGauge, {
      heading: 'Sakai',
      stages: [{ value: 150, label: '2026' }, { value: 240 }],
    });
    hydrateAsAstro(card!, LedeDealValueCard, {
      amount: 100000000000,
      currency: 'JPY',
      compare: [{ label: 'Sharp', amount: 50000000000, currency: 'JPY' }],
    });
    await Promise.all(ready);

    expect((gauge as LedePowerRampGauge).stages).to.have.length(2);
    expect((card as LedeDealValueCard).compare).to.have.length(1);
    for (const element of [gauge!, card!]) {
      expect(element.shadowRoot!.querySelector('svg'), element.localName).not.to.equal(null);
      expect(element.shadowRoot!.querySelector('[part=error]'), element.localName).to.equal(null);
    }
    expect(gauge!.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Sakai');
    expect(warnings).to.deep.equal([]);
    box.remove();
  });
});
