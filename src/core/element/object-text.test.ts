// A framework's server render (SvelteKit's prerender) writes object props as attributes holding
// `[object Object]`; its hydration then sets the properties. The widget waits for them quietly in
// its reserved box, and names the cause when they never come.
import { expect } from '@open-wc/testing';
import '../../define.js';
import type { LedePowerRampGauge } from '../../power-ramp-gauge/power-ramp-gauge.js';
import type { LedeSiteMap } from '../../site-map/site-map.js';
import { captureWarnings, frame, nextEvent } from '../test-helpers/render.js';
import { PROPERTY_WAIT_MS } from './property-wait.js';
import type { LedeErrorEvent } from './events.js';

/**
 * Puts a `tag` element with `attributes` (text, as a prerendered page holds them) in a 480 px box;
 * resolves after two frames.
 */
async function prerendered<T extends HTMLElement>(tag: string, attributes: Record<string, string>) {
  const box = document.createElement('div');
  box.style.width = '480px';
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  box.append(element);
  document.body.append(box);
  await frame();
  await frame();
  return { element, remove: () => box.remove() };
}

describe('data props written as [object Object]', () => {
  const warnings = captureWarnings();

  it('wait in the reserved box, with no warning, until the framework sets them', async () => {
    const { element: gauge, remove } = await prerendered<LedePowerRampGauge>(
      'lede-power-ramp-gauge',
      { heading: 'Sakai', stages: '[object Object],[object Object]' },
    );
    const root = gauge.shadowRoot!;
    expect(root.querySelector('[part=error]')).to.equal(null);
    expect(root.querySelector('[part=placeholder]')).not.to.equal(null);
    expect(root.querySelector('[part=chart]')!.getAttribute('aria-busy')).to.equal('true');
    expect(root.querySelector('[part=chart]')!.getBoundingClientRect().height).to.equal(320);
    expect(warnings).to.deep.equal([]);

    const ready = nextEvent(gauge, 'lede-ready');
    gauge.stages = [{ value: 150, label: '2026' }, { value: 240 }];
    await ready;
    expect(root.querySelector('svg')).not.to.equal(null);
    expect(root.querySelector('[part=placeholder]')).to.equal(null);
    expect(warnings).to.deep.equal([]);
    remove();
  });

  it('report the text when the property never comes', async function () {
    this.timeout(PROPERTY_WAIT_MS + 3000);
    const started = performance.now();
    const { element: map, remove } = await prerendered<LedeSiteMap>('lede-site-map', {
      region: 'JP',
      sites: '[object Object],[object Object],[object Object]',
    });
    const error = await nextEvent<LedeErrorEvent>(map, 'lede-error', PROPERTY_WAIT_MS + 2000);
    // The page had loaded long before: the wait counts from the widget's first update.
    expect(performance.now() - started).to.be.at.least(PROPERTY_WAIT_MS);
    const message =
      'sites got the text "[object Object],[object Object],[object Object]": set it as a property or as JSON';
    expect(error.detail.issues.map((i) => i.message)).to.deep.equal([message]);
    expect(map.shadowRoot!.querySelector('[part=error]')).not.to.equal(null);
    expect(warnings.map((w) => String(w[0]))).to.deep.equal([`<lede-site-map>: ${message}`]);

    // The property may still come: the widget draws then.
    const ready = nextEvent(map, 'lede-ready');
    map.sites = [{ name: 'Sakai', lat: 34.58, lon: 135.45 }];
    await ready;
    expect(map.shadowRoot!.querySelector('[part=error]')).to.equal(null);
    remove();
  });

  it('are reported at once as JSON text that is not JSON', async () => {
    const { element: gauge, remove } = await prerendered<LedePowerRampGauge>(
      'lede-power-ramp-gauge',
      { stages: '[object Object], [object Object]' },
    );
    expect(gauge.shadowRoot!.querySelector('[part=error]')).not.to.equal(null);
    expect(String(warnings[0]![0])).to.contain('stages is not valid JSON');
    remove();
  });
});
