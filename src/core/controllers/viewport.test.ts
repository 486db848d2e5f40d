// Lazy widgets (the default) near the viewport draw in the task that connected them, without
// waiting for the IntersectionObserver's first report, which comes after a frame; the others wait
// for it as before. The observer's own answer for the same boxes is the oracle.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import '../../define.js';
import { drawn, frame } from '../test-helpers/render.js';

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"label":"later","atLeast":true}]';
// The real method, put back after each test and called on the oracle's observers.
// eslint-disable-next-line @typescript-eslint/unbound-method -- always called with .call(observer)
const observe = IntersectionObserver.prototype.observe;

/** Which of `targets` an IntersectionObserver with `rootMargin` finds intersecting, on its first report. */
function observed(targets: Element[], rootMargin: string): Promise<boolean[]> {
  return new Promise((resolve) => {
    const found = new Map<Element, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        entries.forEach((e) => found.set(e.target, e.isIntersecting));
        if (found.size < targets.length) return;
        observer.disconnect();
        resolve(targets.map((t) => found.get(t)!));
      },
      { rootMargin },
    );
    targets.forEach((t) => observe.call(observer, t));
  });
}

/** How far `box` is from the edge of the near zone (one screen above and below the viewport), in px. */
function edgeDistance(box: DOMRect): number {
  const height = innerHeight;
  const width = document.documentElement.clientWidth;
  return Math.min(
    Math.abs(box.bottom + height),
    Math.abs(box.top - 2 * height),
    Math.abs(box.right),
    Math.abs(box.left - width),
  );
}

const isDrawn = (widget: Element): boolean => !!widget.shadowRoot!.querySelector('svg');

describe('first draw near the viewport', () => {
  // A first widget has loaded the code paths (and Intl's data) once.
  before(() =>
    drawn(html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`),
  );

  // The widgets' observers stay silent in these tests (nothing reaches them), so a widget that
  // draws has drawn without them. When they report varies by engine and by page: on a page being
  // loaded, a frame with the placeholder comes first (about 40 ms in Chromium).
  beforeEach(() => {
    IntersectionObserver.prototype.observe = () => {};
  });
  afterEach(() => {
    IntersectionObserver.prototype.observe = observe;
  });

  it('draws a lazy widget in view at once, and not one far below', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const ready = new Promise((resolve) => box.addEventListener('lede-ready', resolve));
    render(
      html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>
        <div style="height: 5000px"></div>
        <lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
      box,
    );
    await ready;
    const [near, far] = box.querySelectorAll('lede-power-ramp-gauge');
    expect(near!.shadowRoot!.querySelector('svg[viewBox^="0 0 480 "]')).to.exist;
    await frame();
    await frame();
    expect(isDrawn(far!)).to.equal(false);
  });

  it('fetches no outline for a map hidden in view (a closed tab, say)', async () => {
    const outline = () =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/countries/ISL'));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const ready = new Promise((resolve) => box.addEventListener('lede-ready', resolve));
    render(
      html`<div style="display: none">
          <lede-site-map region="IS" sites='[{"name":"Reykjavik","lat":64.15,"lon":-21.94}]'>
          </lede-site-map>
        </div>
        <lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
      box,
    );
    await ready;
    await frame();
    await frame();
    expect(outline()).to.have.length(0);
  });

  it('draws at once exactly the lazy widgets the observer finds near, at random places', async () => {
    const place = fc.record({
      // From the viewport's top left corner, in thousandths of its height and width.
      top: fc.integer({ min: -3000, max: 4000 }),
      left: fc.integer({ min: -1500, max: 1500 }),
      width: fc.integer({ min: 200, max: 520 }),
      hidden: fc.boolean().chain((h) => (h ? fc.boolean() : fc.constant(false))),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(place, { minLength: 1, maxLength: 6 }), async (places) => {
        const layer = await fixture<HTMLDivElement>(
          html`<div style="position: fixed; inset: 0 auto auto 0; width: 0; height: 0"></div>`,
        );
        render(
          places.map(
            (p) =>
              html`<div
                style="position: absolute; top: ${Math.round((p.top * innerHeight) / 1000)}px;
                  left: ${Math.round((p.left * innerWidth) / 1000)}px; width: ${p.width}px;
                  display: ${p.hidden ? 'none' : 'block'}"
              >
                <lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>
              </div>`,
          ),
          layer,
        );
        const widgets = [...layer.querySelectorAll('lede-power-ramp-gauge')];
        const near = await observed(widgets, '100% 0px');
        await frame();
        await frame();
        widgets.forEach((widget, i) => {
          const where = `${JSON.stringify(places[i])} at ${JSON.stringify(widget.getBoundingClientRect())}`;
          // Boxes within a pixel of the zone's edge may round either way.
          if (!places[i]!.hidden && edgeDistance(widget.getBoundingClientRect()) < 1) return;
          expect(isDrawn(widget), `drawn: ${where}`).to.equal(near[i]);
        });
        render(html``, layer);
      }),
      { numRuns: 25, seed: 20261208 },
    );
  });

  it('waits for the observer inside a frame, whose viewport is not the reader’s', async () => {
    // The frame is as tall as its content and far below the top-level viewport: its widget is
    // in the frame's own viewport, and yet nowhere near the reader.
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 5000px"></div>
        <iframe style="width: 480px; height: 3000px; border: 0"></iframe>
      </div>`,
    );
    const iframe = host.querySelector('iframe')!;
    const doc = iframe.contentDocument!;
    const define = new URL('../../define.ts', import.meta.url).href;
    // Opening the document erases the window's listeners: listen after.
    doc.open();
    const loaded = new Promise((resolve) =>
      iframe.contentWindow!.addEventListener('lede-loaded', resolve),
    );
    doc.write(`<!doctype html><body style="margin: 0">
      <lede-power-ramp-gauge no-animation stages='${STAGES}'></lede-power-ramp-gauge>
      <script type="module">
        await import(${JSON.stringify(define)});
        dispatchEvent(new Event('lede-loaded'));
      </script>`);
    doc.close();
    await loaded;
    const widget = doc.querySelector('lede-power-ramp-gauge')!;
    await frame();
    await frame();
    // Upgraded and showing its figures to screen readers, but not drawn.
    expect(widget.shadowRoot!.querySelector('table')).to.exist;
    expect(isDrawn(widget)).to.equal(false);
    const ready = new Promise((resolve) => widget.addEventListener('lede-ready', resolve));
    iframe.scrollIntoView();
    await ready;
    expect(isDrawn(widget)).to.equal(true);
    scrollTo(0, 0);
  });
});
