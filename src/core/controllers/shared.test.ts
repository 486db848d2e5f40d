import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../define.js';
import { drawn, frame } from '../test-helpers/render.js';

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"label":"later","atLeast":true}]';

/** Counts the observers and media query lists created while `run` runs. */
async function counting(run: () => Promise<void>) {
  const real = {
    resize: globalThis.ResizeObserver,
    intersection: globalThis.IntersectionObserver,
    matchMedia: globalThis.matchMedia,
  };
  const made = { resize: 0, intersection: 0, media: 0 };
  globalThis.ResizeObserver = class extends real.resize {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      made.resize++;
    }
  };
  globalThis.IntersectionObserver = class extends real.intersection {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super(callback, options);
      made.intersection++;
    }
  };
  globalThis.matchMedia = (query: string) => {
    made.media++;
    return real.matchMedia.call(globalThis, query);
  };
  try {
    await run();
  } finally {
    globalThis.ResizeObserver = real.resize;
    globalThis.IntersectionObserver = real.intersection;
    globalThis.matchMedia = real.matchMedia;
  }
  return made;
}

describe('shared observers', () => {
  it('draws a widget in the task that created it, before the next frame', async () => {
    // A first widget on the page has loaded the code paths (and Intl's data) once.
    await drawn(
      html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
    );
    await frame();
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const ready = new Promise((resolve) => box.addEventListener('lede-ready', resolve));
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    // Eager, so that this test guards the width alone: measured at once, not in a ResizeObserver's
    // turn, which would come after the frame. (A lazy widget in view checks its place at once too;
    // viewport.test.ts tests that.)
    render(
      html`<lede-power-ramp-gauge
        loading="eager"
        no-animation
        stages=${STAGES}
      ></lede-power-ramp-gauge>`,
      box,
    );
    await ready;
    const el = box.firstElementChild!;
    expect(framed, 'a frame passed before lede-ready').to.equal(false);
    expect(el.shadowRoot!.querySelector('svg[viewBox^="0 0 480 "]')).to.exist;
  });

  it('fires lede-ready right after drawing new data, also once a resize has redrawn the widget', async () => {
    const el = await drawn<HTMLElement & { stages: string; updateComplete: Promise<boolean> }>(
      html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
    );
    el.parentElement!.style.width = '400px';
    await frame();
    await frame();
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')).to.match(/^0 0 400 /);
    let ready = 0;
    el.addEventListener('lede-ready', () => ready++);
    el.stages = '[{"value":100,"label":"2026"},{"value":300,"label":"later"}]';
    await el.updateComplete;
    // Not a task later: this update did not run in the ResizeObserver's turn.
    expect(ready).to.equal(1);
  });

  it('watches many widgets with the observers and media queries the page already has', async () => {
    await drawn(
      html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
    );
    const box = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: repeat(4, 180px)"></div>`,
    );
    let ready = 0;
    box.addEventListener('lede-ready', () => ready++);
    const made = await counting(async () => {
      render(
        html`${Array.from(
          { length: 10 },
          () =>
            html`<lede-power-ramp-gauge stages=${STAGES}></lede-power-ramp-gauge>
              <lede-deal-value-card amount="1e11" currency="JPY"></lede-deal-value-card>`,
        )}`,
        box,
      );
      for (let i = 0; i < 50 && ready < 20; i++) await frame();
    });
    expect(ready).to.equal(20);
    expect(made).to.deep.equal({ resize: 0, intersection: 0, media: 0 });
    // And the shared ResizeObserver still redraws every one of them.
    box.style.gridTemplateColumns = 'repeat(4, 190px)';
    await frame();
    await frame();
    const widths = [...box.querySelectorAll('lede-power-ramp-gauge')].map(
      (el) => el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2],
    );
    expect(widths).to.deep.equal(Array(10).fill('190'));
  });

  it('reads the fonts of a batch of widgets before any of them writes: drawing, arriving near the viewport, resizing', async () => {
    await drawn(
      html`<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
    );
    const box = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: repeat(4, 180px)"></div>`,
    );
    // Font reads (R) and updates (W) in order. Batched, widgets read every font and then draw:
    // RRR…WWW…, where a read after an update (WR) forces the engine to recalculate the page's
    // styles, so unbatched they make RWRWRW….
    let events = '';
    type Updating = { updated: (this: HTMLElement, changed: unknown) => void };
    const classes = ['lede-power-ramp-gauge', 'lede-deal-value-card'].map(
      (tag) => customElements.get(tag)!.prototype as unknown as Updating,
    );
    const own = classes.map((c) => Object.getOwnPropertyDescriptor(c, 'updated'));
    const inherited = classes.map((c) => c.updated);
    classes.forEach((c, i) => {
      Object.defineProperty(c, 'updated', {
        configurable: true,
        value(this: HTMLElement, changed: unknown) {
          inherited[i]!.call(this, changed);
          if (box.contains(this)) events += 'W';
        },
      });
    });
    const real = globalThis.getComputedStyle;
    globalThis.getComputedStyle = (element: Element, pseudo?: string | null) => {
      // The font is read on the chart box, which text inherits it from.
      const host = (element.getRootNode() as ShadowRoot).host;
      if (element.classList.contains('chart') && host && box.contains(host)) events += 'R';
      return real.call(globalThis, element, pseudo);
    };
    let ready = 0;
    box.addEventListener('lede-ready', () => ready++);
    const runs = () => events.match(/R+/g) ?? [];
    try {
      render(
        html`${Array.from(
          { length: 6 },
          () =>
            html`<lede-power-ramp-gauge
                loading="eager"
                no-animation
                stages=${STAGES}
              ></lede-power-ramp-gauge>
              <lede-deal-value-card
                loading="eager"
                amount="1e11"
                currency="JPY"
              ></lede-deal-value-card>`,
        )}`,
        box,
      );
      for (let i = 0; i < 50 && ready < 12; i++) await frame();
      for (let i = 0; i < 5; i++) await frame();
      expect(ready, 'drawn').to.equal(12);
      expect(runs()[0], 'the first batch reads every font at once').to.have.length.of.at.least(12);
      // The gauges' second update, once seen in view, starts their sweep.
      expect(runs(), `batches of reads in ${events}`).to.have.length.of.at.most(2);
      events = '';
      box.style.gridTemplateColumns = 'repeat(4, 190px)';
      for (let i = 0; i < 5; i++) await frame();
      expect(events.match(/W/g), `redrawn in ${events}`).to.have.length.of.at.least(12);
      expect(runs(), `batches of reads on resize in ${events}`).to.have.length(1);
    } finally {
      globalThis.getComputedStyle = real;
      classes.forEach((c, i) => {
        if (own[i]) Object.defineProperty(c, 'updated', own[i]);
        else delete (c as Partial<Updating>).updated;
      });
    }
  });
});
