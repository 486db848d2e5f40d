// Lazy widgets (the default) near the viewport draw in the task that connected them, without
// waiting for the IntersectionObserver's first report, which comes after a frame; the others wait
// for it as before. The observer's own answer for the same boxes is the oracle.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import '../../define.js';
import { regionLoading } from '../../load-region.js';
import { drawn, frame } from '../test-helpers/render.js';
import { watchedCount } from './viewport.js';

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

/** The viewport without scroll bars, as an IntersectionObserver's implicit root is. */
const viewport = () => document.documentElement;

/** `box` cut to `clip`, or undefined when nothing is left. */
function cut(box: DOMRect, clip: DOMRect | undefined): DOMRect | undefined {
  if (!clip) return box;
  const left = Math.max(box.left, clip.left);
  const top = Math.max(box.top, clip.top);
  const right = Math.min(box.right, clip.right);
  const bottom = Math.min(box.bottom, clip.bottom);
  return left < right && top < bottom
    ? new DOMRect(left, top, right - left, bottom - top)
    : undefined;
}

/**
 * Whether `box` is within a pixel of deciding otherwise: its edges by the near zone's (one screen
 * above and below the viewport), or it is within a pixel of being cut away entirely.
 */
function onEdge(box: DOMRect, clip: DOMRect | undefined): boolean {
  const { clientWidth: width, clientHeight: height } = viewport();
  const shown = cut(box, clip);
  if (clip) {
    const grown = cut(new DOMRect(box.x - 1, box.y - 1, box.width + 2, box.height + 2), clip);
    const shrunk = cut(new DOMRect(box.x + 1, box.y + 1, box.width - 2, box.height - 2), clip);
    if (!grown !== !shrunk) return true;
  }
  if (!shown) return false;
  return (
    Math.min(
      Math.abs(shown.bottom + height),
      Math.abs(shown.top - 2 * height),
      Math.abs(shown.right),
      Math.abs(shown.left - width),
    ) < 1
  );
}

const isDrawn = (widget: Element): boolean => !!widget.shadowRoot!.querySelector('svg');

const gauge = html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`;

describe('first draw near the viewport', () => {
  // A first widget has loaded the code paths (and Intl's data) once.
  before(() => drawn(gauge));

  // The widgets' observers stay silent in these tests (nothing reaches them), so a widget that
  // draws has drawn without them. When they report varies by engine and by page: on a page being
  // loaded, a frame with the placeholder comes first (about 40 ms in Chromium).
  beforeEach(() => {
    IntersectionObserver.prototype.observe = () => {};
  });
  afterEach(() => {
    IntersectionObserver.prototype.observe = observe;
  });

  it('draws a lazy widget in view before the next frame, and not one far below', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    let framed = false;
    let drawnBeforeFrame: boolean | undefined;
    box.addEventListener('lede-ready', () => (drawnBeforeFrame ??= !framed));
    requestAnimationFrame(() => (framed = true));
    render(
      html`${gauge}
        <div style="height: 5000px"></div>
        ${gauge}`,
      box,
    );
    await frame();
    await frame();
    const [near, far] = box.querySelectorAll('lede-power-ramp-gauge');
    expect(drawnBeforeFrame, 'drawn before the next frame').to.equal(true);
    expect(near!.shadowRoot!.querySelector('svg[viewBox^="0 0 480 "]')).to.exist;
    expect(isDrawn(far!)).to.equal(false);
  });

  // The card has no animation: moved, it renders again only because its viewport check asks to.
  for (const [name, widget] of [
    ['gauge', gauge],
    [
      'card',
      html`<lede-deal-value-card
        amount="1e11"
        currency="JPY"
        compare='[{"label":"Another deal","amount":5e10}]'
      ></lede-deal-value-card>`,
    ],
  ] as const) {
    it(`draws a ${name} moved into view from far below before the next frame`, () =>
      movedIntoView(widget));
  }

  async function movedIntoView(template: typeof gauge) {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <div></div>
        <div style="height: 5000px"></div>
        ${template}
      </div>`,
    );
    const widget = box.querySelector('lede-power-ramp-gauge, lede-deal-value-card')!;
    await frame();
    await frame();
    expect(isDrawn(widget)).to.equal(false);
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    const ready = new Promise((resolve) =>
      widget.addEventListener('lede-ready', () => resolve(!framed)),
    );
    box.firstElementChild!.append(widget);
    expect(await ready, 'drawn before the next frame').to.equal(true);
  }

  it('fetches no outline for a map hidden in view (a closed tab, say), and draws none', async () => {
    const load = regionLoading.load;
    const asked: string[] = [];
    regionLoading.load = (alpha3) => {
      asked.push(alpha3);
      return load(alpha3);
    };
    try {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const ready = new Promise((resolve) => box.addEventListener('lede-ready', resolve));
      render(
        html`<div style="display: none">
            <lede-site-map
              region="IS"
              loading="lazy"
              sites='[{"name":"Reykjavik","lat":64.15,"lon":-21.94}]'
            ></lede-site-map>
          </div>
          <details>
            <summary>Map</summary>
            <lede-site-map
              region="NO"
              sites='[{"name":"Oslo","lat":59.91,"lon":10.75}]'
            ></lede-site-map>
          </details>
          ${gauge}`,
        box,
      );
      await ready;
      await frame();
      await frame();
      expect(asked).to.deep.equal([]);
      // (A map's legend draws its keys before the map: markers mean the map is drawn.)
      for (const map of box.querySelectorAll('lede-site-map')) {
        expect(map.shadowRoot!.querySelector('[part=marker]')).to.equal(null);
      }
    } finally {
      regionLoading.load = load;
    }
  });

  it('draws at once exactly the lazy widgets the observer finds near, at random places', async () => {
    const { clientWidth: width, clientHeight: height } = viewport();
    // Anywhere from three screens above to three below, or near the zone's lower and right edges.
    const top = fc.oneof(
      fc.integer({ min: -3 * height, max: 4 * height }),
      fc.integer({ min: 2 * height - 40, max: 2 * height + 40 }),
    );
    const left = fc.oneof(
      fc.integer({ min: -width, max: 2 * width }),
      fc.integer({ min: width - 40, max: width + 40 }),
    );
    const place = fc.record({
      top,
      left,
      width: fc.integer({ min: 200, max: 520 }),
      // How the widget is held: as it is, not displayed, cut by a box with overflow: hidden, in a
      // closed <details>, or in content the browser skips.
      holder: fc.constantFrom('plain', 'plain', 'plain', 'none', 'clip', 'details', 'skipped'),
      // The clipping box, from the widget's top left corner.
      clip: fc.record({
        x: fc.integer({ min: -500, max: 400 }),
        y: fc.integer({ min: -400, max: 300 }),
        width: fc.integer({ min: 0, max: 600 }),
        height: fc.integer({ min: 0, max: 500 }),
      }),
    });
    type Place = typeof place extends fc.Arbitrary<infer P> ? P : never;
    const held = (p: Place) => {
      const at = `position: absolute; top: ${p.top}px; left: ${p.left}px`;
      const sized = html`<div style="width: ${p.width}px">${gauge}</div>`;
      switch (p.holder) {
        case 'none':
          return html`<div style="${at}; display: none">${sized}</div>`;
        case 'clip':
          return html`<div
            class="clip"
            style="position: absolute; top: ${p.top + p.clip.y}px; left: ${p.left + p.clip.x}px;
              width: ${p.clip.width}px; height: ${p.clip.height}px; overflow: hidden"
          >
            <div style="position: absolute; top: ${-p.clip.y}px; left: ${-p.clip.x}px">
              ${sized}
            </div>
          </div>`;
        case 'details':
          return html`<details style="${at}">
            <summary>Chart</summary>
            ${sized}
          </details>`;
        case 'skipped':
          return html`<div style="${at}; content-visibility: hidden">${sized}</div>`;
        default:
          return html`<div style="${at}">${sized}</div>`;
      }
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(place, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        async (places, scrollBars) => {
          // A page wider and taller than the window has scroll bars, which the root leaves out.
          const page = await fixture<HTMLDivElement>(
            html`<div
              style="width: ${scrollBars ? 2 * width : 0}px; height: ${scrollBars ? 3 * height : 0}px"
            >
              <div style="position: fixed; inset: 0 auto auto 0; width: 0; height: 0"></div>
            </div>`,
          );
          const layer = page.firstElementChild as HTMLElement;
          render(places.map(held), layer);
          const widgets = [...layer.querySelectorAll('lede-power-ramp-gauge')];
          const near = await observed(widgets, '100% 0px');
          await frame();
          await frame();
          widgets.forEach((widget, i) => {
            const p = places[i]!;
            const box = widget.getBoundingClientRect();
            const clip =
              p.holder === 'clip' ? widget.closest('.clip')!.getBoundingClientRect() : undefined;
            const where = `${JSON.stringify(p)} at ${JSON.stringify(box)}`;
            // Boxes within a pixel of deciding otherwise may round either way.
            if (p.holder !== 'none' && onEdge(box, clip)) return;
            expect(isDrawn(widget), `drawn: ${where}`).to.equal(near[i]);
          });
          render(html``, layer);
        },
      ),
      { numRuns: 40, seed: 20261208 },
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
    try {
      iframe.scrollIntoView();
      await ready;
      expect(isDrawn(widget)).to.equal(true);
    } finally {
      scrollTo(0, 0);
    }
  });
});

describe('a gauge that does not animate', () => {
  /** Draws an eager gauge four screens down and counts the hosts it leaves watching the viewport. */
  async function watchersFarBelow(animated: boolean): Promise<number> {
    const before = watchedCount();
    await drawn(
      html`<div style="margin-top: 400vh">
        <lede-power-ramp-gauge
          loading="eager"
          ?no-animation=${!animated}
          stages=${STAGES}
        ></lede-power-ramp-gauge>
      </div>`,
    );
    await frame();
    return watchedCount() - before;
  }

  it('stops watching the viewport once drawn, where an animated one waits to be seen', async () => {
    // Its sweep is over before it is drawn: nothing is left to start when it comes into view, so
    // its place is neither observed nor checked (a check right after rendering lays the page out).
    expect(await watchersFarBelow(false), 'no-animation').to.equal(0);
    expect(await watchersFarBelow(true), 'animated').to.equal(1);
  });
});
