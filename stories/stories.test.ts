import { expect, fixture, html } from '@open-wc/testing';
import { render, type LitElement } from 'lit';
import { stories } from './stories.js';
import * as gauge from './power-ramp-gauge.stories.js';

describe('stories', () => {
  let errors: unknown[];
  let error: typeof console.error;
  let warn: typeof console.warn;
  // Errors thrown during a Lit update surface as unhandled rejections, not console errors.
  const caught = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('reason' in event ? event.reason : event.error);
  before(() => {
    addEventListener('error', caught);
    addEventListener('unhandledrejection', caught);
  });
  after(() => {
    removeEventListener('error', caught);
    removeEventListener('unhandledrejection', caught);
  });
  beforeEach(() => {
    errors = [];
    error = console.error;
    warn = console.warn;
    console.error = (...args: unknown[]) => errors.push(args);
    // Broken-input stories warn on purpose; the element tests check those warnings.
    console.warn = () => {};
  });
  afterEach(() => {
    console.error = error;
    console.warn = warn;
  });

  it('lists every exported story in the gallery order', () => {
    const exported = Object.keys(gauge).filter(
      (k) => k !== 'default' && k !== '__namedExportsOrder',
    );
    expect([...gauge.__namedExportsOrder].sort()).to.deep.equal(exported.sort());
  });

  for (const story of stories) {
    it(`${story.id} draws with no console error and no axe violation`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      let ready = 0;
      box.addEventListener('lede-ready', () => ready++);
      render(story.render(), box);
      const widgets = [...box.querySelectorAll<LitElement>('*')].filter((e) =>
        e.localName.startsWith('lede-'),
      );
      expect(widgets.length).to.be.greaterThan(0);
      // Stories named "Broken: …" must explain themselves; every other story must draw.
      const broken = story.name.startsWith('Broken:');
      for (let waited = 0; waited < 5000 && ready < widgets.length; waited += 50) {
        await new Promise((r) => setTimeout(r, 50));
        if (broken && waited > 300) break;
      }
      await Promise.all(widgets.map((w) => w.updateComplete));
      if (!broken) expect(ready, 'every widget fired lede-ready').to.equal(widgets.length);
      for (const widget of widgets) {
        // A card without comparisons draws its headline and no bars.
        const drawnPart = 'svg, [part=headline]';
        const shown = widget.shadowRoot!.querySelector(
          broken ? `[part=error], ${drawnPart}` : drawnPart,
        );
        expect(shown, `${widget.localName} shows a chart or a message`).to.not.equal(null);
      }
      expect(errors).to.deep.equal([]);
      await expect(box).to.be.accessible();
    });
  }
});
