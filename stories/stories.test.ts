import { expect, fixture, html } from '@open-wc/testing';
import { stories } from './stories.js';
import * as gauge from './power-ramp-gauge.stories.js';
import { frame } from '../src/core/test-helpers/render.js';

describe('stories', () => {
  let errors: unknown[];
  let error: typeof console.error;
  let warn: typeof console.warn;
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
      const box = await fixture(html`<div style="width: 480px">${story.render()}</div>`);
      const widgets = [
        ...box.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('*'),
      ].filter((e) => e.localName.startsWith('lede-'));
      expect(widgets.length).to.be.greaterThan(0);
      await frame();
      await Promise.all(widgets.map((w) => w.updateComplete));
      await frame();
      for (const widget of widgets) {
        const drawnOrExplained = widget.shadowRoot!.querySelector('svg, [part=error]');
        expect(drawnOrExplained, `${widget.localName} shows a chart or a message`).to.not.equal(
          null,
        );
      }
      expect(errors).to.deep.equal([]);
      await expect(box).to.be.accessible();
    });
  }
});
