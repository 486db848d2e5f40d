// Stable under load: a page of 600 widgets (200 of each kind, half lazy, half eager) draws every
// one, and the shared ResizeObserver redraws them all each time the container's width changes.
import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { captureWarnings, frame, watchUncaught } from '../test-helpers/render.js';

const EACH = 200;
/** Four widgets a row, so that a screen holds several rows and scrolling through takes few steps. */
const WIDTHS = [960, 800, 880];

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"label":"later","atLeast":true}]';
const SITES = JSON.stringify([
  { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating' },
  { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' },
]);

const COMPARE = '[{"label":"Another deal","amount":3000000000,"currency":"JPY"}]';

function widget(kind: number, i: number): HTMLElement {
  const el = document.createElement(
    ['lede-power-ramp-gauge', 'lede-site-map', 'lede-deal-value-card'][kind]!,
  );
  // Every other widget of each kind is eager; the rest lazy (the default).
  if (i % 2) el.setAttribute('loading', 'eager');
  el.setAttribute('no-animation', '');
  if (kind === 0) el.setAttribute('stages', STAGES);
  if (kind === 1) el.setAttribute('region', 'JP');
  if (kind === 1) el.setAttribute('sites', SITES);
  if (kind === 2) el.setAttribute('amount', String(1e9 + i));
  if (kind === 2) el.setAttribute('currency', 'JPY');
  // Comparisons give the card its bars, drawn to the card's width.
  if (kind === 2) el.setAttribute('compare', COMPARE);
  return el;
}

/** The width of a widget's drawing (its viewBox) and of its chart box, in whole pixels. */
function widths(el: Element): [number, number] {
  const chart = el.shadowRoot!.querySelector<HTMLElement>('[part=chart]')!;
  const svg = chart.querySelector('svg[viewBox]');
  const drawnWidth = Number(svg?.getAttribute('viewBox')?.split(' ')[2] ?? NaN);
  return [Math.round(drawnWidth), Math.round(chart.offsetWidth)];
}

const twoFrames = async () => {
  await frame();
  await frame();
};

describe('stable under load: 600 widgets on one page', function () {
  this.timeout(40_000);
  const warnings = captureWarnings();
  const errors = watchUncaught();

  it('draws every widget, lazy and eager, and redraws them all on each resize', async () => {
    const started = performance.now();
    const box = await fixture<HTMLDivElement>(
      html`<div
        style="width: ${WIDTHS[0]}px; display: grid; grid-template-columns: repeat(4, 1fr)"
      ></div>`,
    );
    const widgets: HTMLElement[] = [];
    for (let i = 0; i < EACH; i++)
      for (let kind = 0; kind < 3; kind++) widgets.push(widget(kind, i));
    let ready = 0;
    box.addEventListener('lede-ready', () => ready++);
    box.append(...widgets);
    // Eager widgets draw wherever they are, without scrolling (the maps wait for their outline).
    for (let i = 0; i < 100 && ready < widgets.length / 2; i++) await twoFrames();
    expect(ready, 'eager widgets drawn before scrolling').to.be.at.least(widgets.length / 2);
    // Lazy ones draw as the reader scrolls near them.
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await twoFrames();
    }
    scrollTo(0, 0);
    const drawnAt = performance.now();
    const undrawn = widgets.filter((el) => !el.shadowRoot!.querySelector('[part=chart] svg'));
    expect(undrawn.map((el) => el.localName)).to.deep.equal([]);
    expect(ready).to.equal(widgets.length);

    for (const width of [...WIDTHS.slice(1), WIDTHS[0]!]) {
      box.style.width = `${width}px`;
      await twoFrames();
      const stale = widgets.filter((el) => {
        const [drawnWidth, chartWidth] = widths(el);
        return drawnWidth !== chartWidth;
      });
      expect(
        stale.map((el) => `${el.localName} ${widths(el).join(' ≠ ')}`).slice(0, 5),
        `widgets not redrawn at ${width} px`,
      ).to.deep.equal([]);
    }
    const ms = (t: number) => Math.round(t);
    console.log(
      `load: ${widgets.length} widgets drawn in ${ms(drawnAt - started)} ms, ${WIDTHS.length} resizes in ${ms(performance.now() - drawnAt)} ms`,
    );
    expect(errors, 'uncaught errors').to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});
