import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { LedeSiteMap, LedeSelectDetail } from './site-map.js';
import type { LedeErrorEvent } from '../core/element/events.js';
import {
  captureWarnings,
  drawn,
  frame,
  nextEvent,
  normalizeSvg,
} from '../core/test-helpers/render.js';

const SAKAI = JSON.stringify([
  { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating', approximate: true },
  { name: 'Hokkaido (Tomakomai)', lat: 42.63, lon: 141.6, status: 'construction' },
  { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned', note: '150 MW in 2026' },
]);

const root = (el: Element) => el.shadowRoot!;
const markers = (el: Element) => [...root(el).querySelectorAll<SVGGElement>('[part=marker]')];
const callout = (el: Element) => root(el).querySelector('[part=callout]');

async function sakaiMap(lang = 'en', width = 480) {
  return drawn<LedeSiteMap>(
    html`<lede-site-map
      lang=${lang}
      region="JP"
      heading="SoftBank's data centres in Japan"
      highlight="Sakai"
      source="SoftBank"
      sites=${SAKAI}
    ></lede-site-map>`,
    width,
  );
}

describe('<lede-site-map>', () => {
  const warnings = captureWarnings();

  it('draws Japan with a marker, a label and a legend entry per site', async () => {
    const el = await sakaiMap();
    expect(root(el).querySelector('[part=land]')!.getAttribute('d')!.length).to.be.greaterThan(500);
    expect(markers(el)).to.have.length(3);
    const labels = [...root(el).querySelectorAll('[part=label]')].map((t) => t.textContent);
    expect(labels).to.have.members(['Tokyo', 'Hokkaido (Tomakomai)', 'Sakai']);
    const legend = [...root(el).querySelectorAll('[part=legend] li')].map((li) =>
      li.textContent.trim(),
    );
    expect(legend).to.deep.equal(['operating', 'under construction', 'planned']);
    expect(root(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(
      'Map of Japan with 3 sites: Tokyo (operating, approximate location), Hokkaido (Tomakomai) (under construction), Sakai (planned, 150 MW in 2026)',
    );
    expect(warnings).to.deep.equal([]);
  });

  it('writes the legend and the summary in French and Japanese', async () => {
    const fr = await sakaiMap('fr');
    const legend = [...root(fr).querySelectorAll('[part=legend] li')].map((li) =>
      li.textContent.trim(),
    );
    expect(legend).to.deep.equal(['en service', 'en construction', 'en projet']);
    expect(root(fr).querySelector('svg')!.getAttribute('aria-label')).to.match(
      /^Carte\u00a0: Japon, 3 sites/,
    );
    const ja = await sakaiMap('ja');
    const legendJa = [...root(ja).querySelectorAll('[part=legend] li')].map((li) =>
      li.textContent.trim(),
    );
    expect(legendJa).to.deep.equal(['稼働中', '建設中', '計画中']);
  });

  it('opens a callout on focus, closes it on Escape, and fires lede-select on Enter', async () => {
    const el = await sakaiMap();
    const sakai = markers(el)[2]!;
    sakai.focus();
    await el.updateComplete;
    expect(callout(el)!.textContent).to.contain('Sakai');
    expect(callout(el)!.textContent).to.contain('150 MW in 2026');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(callout(el)).to.equal(null);
    const selected = nextEvent<CustomEvent<LedeSelectDetail>>(el, 'lede-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.site.name).to.equal('Sakai');
  });

  it('moves through the markers with Tab in the order the sites were given', async () => {
    const el = await sakaiMap();
    markers(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(markers(el)[1]);
    expect(markers(el).map((m) => m.getAttribute('tabindex'))).to.deep.equal(['0', '0', '0']);
  });

  it('keeps a callout open while the pointer moves onto it', async () => {
    const el = await sakaiMap();
    const tokyo = markers(el)[0]!;
    tokyo.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    const box = callout(el)!;
    tokyo.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: box }));
    await el.updateComplete;
    expect(callout(el)).to.not.equal(null);
    box.dispatchEvent(new PointerEvent('pointerleave', { relatedTarget: document.body }));
    await el.updateComplete;
    expect(callout(el)).to.equal(null);
  });

  it('closes a hover-opened callout with Escape wherever the focus is', async () => {
    const el = await sakaiMap();
    markers(el)[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(callout(el)).to.not.equal(null);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await el.updateComplete;
    expect(callout(el)).to.equal(null);
  });

  it('opens the callout below a marker near the top edge', async () => {
    const el = await sakaiMap();
    markers(el)[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    const box = callout(el)!.getBoundingClientRect();
    const chart = root(el).querySelector('[part=chart]')!.getBoundingClientRect();
    expect(box.top).to.be.at.least(chart.top);
  });

  it('drops a stale callout when the sites change', async () => {
    const el = await sakaiMap();
    markers(el)[2]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    el.sites = [{ name: 'Sendai', lat: 38.27, lon: 140.87 }];
    await nextEvent(el, 'lede-ready');
    expect(callout(el)).to.equal(null);
  });

  it('fires lede-ready again for new data, not for a resize', async () => {
    const el = await sakaiMap();
    let readies = 0;
    el.addEventListener('lede-ready', () => readies++);
    await frame();
    for (const width of [300, 700, 420]) {
      el.parentElement!.style.width = `${width}px`;
      await frame();
      await frame();
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(readies).to.equal(0);
  });

  it('opens the callout on hover and fires lede-select on click', async () => {
    const el = await sakaiMap();
    const tokyo = markers(el)[0]!;
    tokyo.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(callout(el)!.textContent).to.contain('Tokyo');
    const selected = nextEvent<CustomEvent<LedeSelectDetail>>(el, 'lede-select');
    tokyo.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await selected).detail.site).to.include({ name: 'Tokyo', status: 'operating' });
    tokyo.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(callout(el)).to.equal(null);
  });

  for (const width of [320, 480]) {
    it(`selects each marker with a real click at its centre, its open callout covering none of it, at ${width} px`, async function () {
      this.timeout(20000);
      const el = await sakaiMap('en', width);
      try {
        for (const marker of markers(el)) {
          const name = marker.getAttribute('aria-label')!;
          const target = marker.querySelector('.focus')!.getBoundingClientRect();
          // WCAG 2.5.8: a target of at least 24 by 24 px.
          expect(target.width, name).to.be.at.least(24);
          expect(target.height, name).to.be.at.least(24);
          const x = Math.round(target.left + target.width / 2);
          const y = Math.round(target.top + target.height / 2);
          await sendMouse({ type: 'move', position: [x, y] });
          await el.updateComplete;
          expect(callout(el), `${name}: callout open`).not.to.equal(null);
          const hit = root(el).elementFromPoint(x, y);
          expect(hit?.closest('[part=marker]'), `${name}: its centre uncovered`).to.equal(marker);
          const selected = nextEvent<CustomEvent<LedeSelectDetail>>(el, 'lede-select');
          await sendMouse({ type: 'click', position: [x, y] });
          expect(name).to.contain((await selected).detail.site.name);
          // From the centre to the callout in 2 px steps, the callout stays open (WCAG 1.4.13): to
          // the nearest point 2 px inside it, above, below or beside the marker.
          const box = callout(el)!.getBoundingClientRect();
          const to = [
            Math.round(Math.min(Math.max(x, box.left + 2), box.right - 2)),
            Math.round(Math.min(Math.max(y, box.top + 2), box.bottom - 2)),
          ] as const;
          const steps = Math.ceil(Math.hypot(to[0] - x, to[1] - y) / 2);
          for (let n = 1; n < steps && n < 40; n++) {
            const at = (a: number, b: number) => Math.round(a + ((b - a) * n) / steps);
            await sendMouse({ type: 'move', position: [at(x, to[0]), at(y, to[1])] });
          }
          await sendMouse({ type: 'move', position: [to[0], to[1]] });
          await el.updateComplete;
          expect(callout(el), `${name}: callout open on the way to it`).not.to.equal(null);
          await sendMouse({ type: 'move', position: [0, 0] });
          await el.updateComplete;
        }
      } finally {
        await resetMouse();
      }
    });
  }

  it('gives each marker of a dense map a target 24 px across', async () => {
    // A grid over Honshu: more than 99 sites on land makes the map dense (3 px markers).
    const sites = Array.from({ length: 441 }, (_, i) => ({
      name: `Site ${i}`,
      lat: 33.5 + (i % 21) * 0.3,
      lon: 131 + Math.floor(i / 21) * 0.5,
      status: 'operating',
    }));
    const el = await drawn(
      html`<lede-site-map region="JP" .sites=${sites} style="width: 640px"></lede-site-map>`,
    );
    const all = markers(el);
    expect(all.length).to.be.above(99);
    for (const marker of all) {
      expect(marker.querySelector('.focus')!.getBoundingClientRect().width).to.be.at.least(24);
    }
  });

  it('passes axe in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await drawn(
        html`<lede-site-map
          theme=${theme}
          region="JP"
          heading="Sites"
          sites=${SAKAI}
        ></lede-site-map>`,
      );
      await expect(el).to.be.accessible();
    }
  });

  it('requests nothing from any other origin', async () => {
    await sakaiMap('en');
    const origins = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).origin)
      .filter((o) => o !== location.origin);
    expect(origins).to.deep.equal([]);
    expect(
      performance.getEntriesByType('resource').some((e) => e.name.includes('/countries/JPN')),
    ).to.equal(true);
  });

  it('reports bad sites by name and field, and draws the rest', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const el = document.createElement('lede-site-map');
    el.setAttribute('region', 'JP');
    el.setAttribute(
      'sites',
      JSON.stringify([
        { name: 'Sakai', lat: 34.58, lon: 135.45 },
        { name: 'Nowhere', lat: 100, lon: 135 },
        { name: 'Seoul', lat: 37.57, lon: 126.98 },
      ]),
    );
    const errors: LedeErrorEvent[] = [];
    el.addEventListener('lede-error', (e) => errors.push(e));
    const ready = nextEvent(el, 'lede-ready');
    box.append(el);
    await ready;
    expect(markers(el)).to.have.length(1);
    const attributes = errors.flatMap((e) => e.detail.issues.map((i) => i.attribute));
    expect(attributes).to.include.members(['sites[1].lat', 'sites[2]']);
    expect(String(warnings.at(-1)![0])).to.contain('"Seoul"');
  });

  it('shows a message naming the region when the code is unknown', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('lede-site-map');
    el.setAttribute('region', 'Atlantis');
    el.setAttribute('sites', SAKAI);
    const error = nextEvent<LedeErrorEvent>(el, 'lede-error');
    box.append(el);
    expect((await error).detail.issues[0]!.attribute).to.equal('region');
    await el.updateComplete;
    expect(root(el).querySelector('[part=error]')!.textContent).to.contain(
      'The data in “region” could not be read.',
    );
  });

  it('switches to numbered markers and a key when labels cannot fit', async () => {
    const sites = Array.from({ length: 20 }, (_, i) => ({
      name: `Site ${i + 1}`,
      lat: 35.3 + (i % 5) * 0.09,
      lon: 139.65 + Math.floor(i / 5) * 0.11,
    }));
    const el = await drawn(
      html`<lede-site-map region="JP" sites=${JSON.stringify(sites)}></lede-site-map>`,
      320,
    );
    const key = [...root(el).querySelectorAll('[part=key] li')].map((li) => li.textContent);
    expect(key).to.have.length(20);
    expect(key[0]).to.equal('Site 1');
    expect(root(el).querySelectorAll('.number')).to.have.length(20);
  });

  it('keeps its reserved height while the outline loads', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const el = document.createElement('lede-site-map');
    el.setAttribute('region', 'FR');
    el.setAttribute('sites', '[]');
    box.append(el);
    await el.updateComplete;
    const before = root(el).querySelector('[part=chart]')!.getBoundingClientRect().height;
    expect(before).to.equal(300);
    await nextEvent(el, 'lede-ready');
    await frame();
    expect(root(el).querySelector('[part=chart]')!.getBoundingClientRect().height).to.equal(before);
  });

  // One snapshot for every engine: these three labels keep their places whatever the widths of
  // their text (the same drawing with every width doubled), so the fonts each engine picks do not
  // show in it. The drawing differed in WebKit only while its box was 1 px too tall (a placeholder's
  // percentage height there: see styles.ts).
  it('matches the SVG snapshot of the Sakai map at 480 px', async () => {
    const el = await sakaiMap('en');
    await compareSnapshot({
      name: 'site-map-sakai-en-480',
      content: normalizeSvg(root(el).querySelector('svg')!),
    });
  });
});

describe('<lede-site-map> parts', () => {
  it('exposes every documented part', async () => {
    const parts = new Set<string | null>();
    const collect = (el: Element) =>
      root(el)
        .querySelectorAll('[part]')
        .forEach((e) => parts.add(e.getAttribute('part')));
    const el = await sakaiMap();
    markers(el)[0]!.focus();
    await el.updateComplete;
    collect(el);
    const dense = Array.from({ length: 20 }, (_, i) => ({ name: `S${i}`, lat: 35.5, lon: 139.7 }));
    collect(
      await drawn(
        html`<lede-site-map region="JP" sites=${JSON.stringify(dense)}></lede-site-map>`,
        320,
      ),
    );
    const loading = await fixture(html`<lede-site-map region="BR" sites="[]"></lede-site-map>`);
    collect(loading);
    const broken = await fixture(html`<lede-site-map region="??" sites="[]"></lede-site-map>`);
    await (broken as LedeSiteMap).updateComplete;
    collect(broken);
    expect([...parts].sort()).to.deep.equal([
      'callout',
      'chart',
      'error',
      'frame',
      'heading',
      'key',
      'label',
      'land',
      'legend',
      'list',
      'marker',
      'neighbours',
      'placeholder',
      'source',
      'svg',
      'water',
    ]);
  });
});
