// A server render on a page where Lit's hydration support never loaded (its file missing beside
// the bundle, or the render inserted after the elements were defined): the widget must draw
// afresh in place of the server's DOM, never a second copy beside it.
import { expect } from '@open-wc/testing';
import '../../define.js';
import { captureWarnings, nextEvent } from '../test-helpers/render.js';

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"atLeast":true}]';

describe('a server render without hydration support', () => {
  const warnings = captureWarnings();

  it('is drawn over once, with the widget’s own styles', async () => {
    const box = document.createElement('div');
    box.style.width = '480px';
    document.body.append(box);
    const ready = nextEvent(box, 'lede-ready', 5000);
    // What a server render looks like: styles, then Lit's markers around the drawing.
    box.setHTMLUnsafe(
      `<lede-power-ramp-gauge layout-width="480" stages='${STAGES}'><template shadowrootmode="open"><style>.chart { outline: 1px solid red }</style><!--lit-part AAAAAAAAAAA=--><figure class="stale">150 MW</figure><!--/lit-part--></template></lede-power-ramp-gauge>`,
    );
    await ready;
    const root = box.firstElementChild!.shadowRoot!;
    expect(root.querySelector('.stale')).to.equal(null);
    expect(root.querySelectorAll('figure')).to.have.length(1);
    expect(root.querySelectorAll('.chart svg')).to.have.length(1);
    const chart = root.querySelector('.chart')!;
    expect(getComputedStyle(chart).outlineStyle).to.equal('none');
    expect(chart.getBoundingClientRect().height).to.equal(320);
    expect(warnings).to.deep.equal([]);
    box.remove();
  });
});
