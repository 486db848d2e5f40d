// Taking declarative shadow DOM over, in the browser alone: markup with Lit's markers that does not
// match must give way to a fresh drawing with one warning; markup without markers (not a server
// render of Lede) is replaced silently. Both then draw with the widget's own styles.
// test/node/hydrate.test.mjs covers real server renders end to end.
import { expect } from '@open-wc/testing';
import { installHydration } from './hydrate-support.js';
import { defineElement } from './define.js';
import { LedePowerRampGauge } from '../../power-ramp-gauge/power-ramp-gauge.js';
import { captureWarnings, nextEvent } from '../test-helpers/render.js';

// As the bundles do on a page with server-rendered widgets: patch Lit, then define.
installHydration(LedePowerRampGauge);
defineElement('lede-power-ramp-gauge', LedePowerRampGauge);

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"atLeast":true}]';

/** Puts `shadow` as declarative shadow DOM in a gauge, in a 480 px box; resolves once drawn. */
async function serverGauge(shadow: string) {
  const box = document.createElement('div');
  box.style.width = '480px';
  document.body.append(box);
  const ready = nextEvent(box, 'lede-ready', 5000);
  box.setHTMLUnsafe(
    `<lede-power-ramp-gauge layout-width="480" stages='${STAGES}'><template shadowrootmode="open">${shadow}</template></lede-power-ramp-gauge>`,
  );
  await ready;
  const root = box.firstElementChild!.shadowRoot!;
  return { root, remove: () => box.remove() };
}

describe('taking declarative shadow DOM over', () => {
  const warnings = captureWarnings();

  it('draws afresh over a render it cannot match, with one warning', async () => {
    const { root, remove } = await serverGauge(
      '<style>.chart { outline: 1px solid red }</style><!--lit-part AAAAAAAAAAA=--><p class="stale">150 MW</p><!--/lit-part-->',
    );
    expect(root.querySelector('.stale')).to.equal(null);
    expect(root.querySelector('.chart svg')!.getAttribute('viewBox')).to.equal('0 0 480 320');
    expect(root.querySelectorAll('figure')).to.have.length(1);
    // The widget's own styles, not the stale ones.
    expect(getComputedStyle(root.querySelector('.chart')!).outlineStyle).to.equal('none');
    expect(root.querySelector('.chart')!.getBoundingClientRect().height).to.equal(320);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.equal(
      '<lede-power-ramp-gauge>: could not take over the server render; drawing afresh.',
    );
    remove();
  });

  it('replaces markup no server render wrote, with its own styles', async () => {
    const { root, remove } = await serverGauge('<p class="stale">150 MW</p>');
    expect(root.querySelector('.stale')).to.equal(null);
    expect(root.querySelectorAll('figure')).to.have.length(1);
    const chart = root.querySelector<HTMLElement>('.chart')!;
    expect(chart.getBoundingClientRect().height).to.equal(320);
    expect(warnings).to.deep.equal([]);
    remove();
  });

  it('patches Lit once, however many times it is asked', () => {
    installHydration(LedePowerRampGauge);
    const observed = LedePowerRampGauge.observedAttributes;
    expect(observed.filter((a) => a === 'defer-hydration')).to.have.length(1);
  });
});
