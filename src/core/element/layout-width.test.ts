// `layout-width`: the width a server render laid a widget out at. In a browser that drew the widget
// itself it is only a hint: the widget draws at its measured width, and a bad value is a warning.
import { expect, html } from '@open-wc/testing';
import '../../define.js';
import type { LedeErrorEvent } from './events.js';
import { captureWarnings, drawn, nextEvent } from '../test-helpers/render.js';

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"atLeast":true}]';
const viewBox = (el: Element) =>
  el.shadowRoot!.querySelector('.chart svg')!.getAttribute('viewBox');

describe('layout-width', () => {
  const warnings = captureWarnings();

  it('gives way to the measured width in a widget the browser drew', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge layout-width="900" stages=${STAGES}></lede-power-ramp-gauge>`,
      400,
    );
    expect(viewBox(el)).to.equal('0 0 400 267');
    expect(warnings).to.deep.equal([]);
  });

  for (const bad of ['wide', '-20', '0']) {
    it(`reports layout-width="${bad}" as a warning and still draws`, async () => {
      const box = document.createElement('div');
      box.style.width = '480px';
      document.body.append(box);
      const el = document.createElement('lede-site-map');
      const error = nextEvent<LedeErrorEvent>(el, 'lede-error');
      const ready = nextEvent(el, 'lede-ready', 5000);
      el.setAttribute('layout-width', bad);
      el.setAttribute('loading', 'eager');
      el.setAttribute('region', 'JP');
      el.setAttribute('sites', '[{"name":"Sakai","lat":34.58,"lon":135.45}]');
      box.append(el);
      const { issues } = (await error).detail;
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ attribute: 'layout-width', value: bad, severity: 'warning' });
      expect(issues[0]!.message).to.match(/^layout-width must be .*; ignoring it$/);
      await ready;
      expect(viewBox(el)).to.equal('0 0 480 360');
      expect(warnings).to.have.length(1);
      box.remove();
    });
  }
});
