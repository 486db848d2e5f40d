// Every interactive element of a widget has a target of at least 24 by 24 px that nothing covers
// (WCAG 2.5.8), reached by pointer and by keyboard, in every engine. The map's markers are the only
// interactive elements the widgets draw; the last test keeps it so.
import { expect, fixture, html } from '@open-wc/testing';
import { render, type LitElement } from 'lit';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import './define.js';
import '../define.js';
import type { LedeSiteMap, LedeSelectDetail } from './site-map.js';
import { captureWarnings, drawn, nextEvent } from '../core/test-helpers/render.js';
import { stories } from '../../stories/stories.js';

const SAKAI = JSON.stringify([
  { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating', approximate: true },
  { name: 'Hokkaido (Tomakomai)', lat: 42.63, lon: 141.6, status: 'construction' },
  { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned', note: '150 MW in 2026' },
]);

const root = (el: Element) => el.shadowRoot!;
const markers = (el: Element) => [...root(el).querySelectorAll<SVGGElement>('[part=marker]')];
const callout = (el: Element) => root(el).querySelector('[part=callout]');
const nameOf = (marker: Element) => marker.getAttribute('aria-label')!;

/** The centre of a marker's target, and its size, in the viewport. */
function target(marker: SVGGElement) {
  const box = marker.querySelector('.focus')!.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, box };
}

/** The centre and the points 11 px from it, straight and diagonally: a 22 px disc of the target. */
function probes(x: number, y: number): [number, number][] {
  const d = 11 / Math.SQRT2;
  const around = [
    [11, 0],
    [-11, 0],
    [0, 11],
    [0, -11],
    [d, d],
    [d, -d],
    [-d, d],
    [-d, -d],
  ];
  return [[x, y], ...around.map(([dx, dy]) => [x + dx!, y + dy!] as [number, number])];
}

/** Where a probe of `marker`'s target lands on something else: what covers it, and where. */
function covered(el: Element, marker: SVGGElement): string[] {
  const { x, y } = target(marker);
  return probes(x, y).flatMap(([px, py]) => {
    const hit = root(el).elementFromPoint(px, py);
    if (hit?.closest('[part=marker]') === marker) return [];
    const what = hit ? `${hit.localName}.${hit.getAttribute('class') ?? ''}` : 'nothing';
    return [`${Math.round(px - x)},${Math.round(py - y)}: ${what}`];
  });
}

describe('<lede-site-map> marker targets', () => {
  for (const width of [320, 480, 960]) {
    it(`gives each marker a 24 px target nothing covers, with any callout open, at ${width} px`, async function () {
      this.timeout(30000);
      const el = await drawn<LedeSiteMap>(
        html`<lede-site-map
          lang="en"
          region="JP"
          highlight="Sakai"
          sites=${SAKAI}
        ></lede-site-map>`,
        width,
      );
      el.scrollIntoView({ block: 'center' });
      const all = markers(el);
      expect(all).to.have.length(3);
      // No callout open, then each marker's own callout open (opened by focus, as a keyboard does;
      // a hover opens the same callout in the same place).
      for (const open of [undefined, ...all]) {
        open?.focus();
        await el.updateComplete;
        const state = open ? `with ${nameOf(open)}'s callout open` : 'with no callout open';
        expect(callout(el) !== null, state).to.equal(open !== undefined);
        for (const marker of all) {
          const { box } = target(marker);
          expect(box.width, `${nameOf(marker)}: target width`).to.be.at.least(24);
          expect(box.height, `${nameOf(marker)}: target height`).to.be.at.least(24);
          expect(covered(el, marker), `${nameOf(marker)} ${state}`).to.deep.equal([]);
        }
        open?.blur();
      }
    });
  }

  // The pointer comes from another marker, whose callout it opened and which stays open while the
  // pointer is over it (WCAG 1.4.13): a callout that covered this marker would take the click.
  for (const width of [320, 480]) {
    it(`selects each marker with a real click at its centre, coming from another marker, at ${width} px`, async function () {
      this.timeout(30000);
      const el = await drawn<LedeSiteMap>(
        html`<lede-site-map lang="en" region="JP" sites=${SAKAI}></lede-site-map>`,
        width,
      );
      el.scrollIntoView({ block: 'center' });
      const all = markers(el);
      const at = (marker: SVGGElement) => {
        const { x, y } = target(marker);
        return [Math.round(x), Math.round(y)] as [number, number];
      };
      try {
        for (const marker of all) {
          for (const other of all.filter((o) => o !== marker)) {
            await sendMouse({ type: 'move', position: at(other) });
            await el.updateComplete;
            expect(callout(el)!.textContent).to.contain(nameOf(other).split(' (')[0]);
            const selected = nextEvent<CustomEvent<LedeSelectDetail>>(el, 'lede-select', 1000);
            await sendMouse({ type: 'click', position: at(marker) });
            const name = (await selected.catch(() => undefined))?.detail.site.name;
            expect(name, `${nameOf(marker)}, coming from ${nameOf(other)}`).to.be.a('string');
            expect(nameOf(marker)).to.contain(name);
            await sendMouse({ type: 'move', position: [0, 0] });
            await el.updateComplete;
          }
        }
      } finally {
        await resetMouse();
      }
    });
  }

  it('reaches each marker with Tab in the order of the sites; Enter and Space select it', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const ready = nextEvent(box, 'lede-ready');
    render(
      html`<input aria-label="before" />
        <lede-site-map lang="en" region="JP" sites=${SAKAI}></lede-site-map>
        <input aria-label="after" />`,
      box,
    );
    await ready;
    const el = box.querySelector('lede-site-map')!;
    const selected: string[] = [];
    el.addEventListener('lede-select', (e) => selected.push(e.detail.site.name));
    box.querySelector('input')!.focus();
    const scrolled = scrollY;
    for (const marker of markers(el)) {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement, 'focused by Tab').to.equal(marker);
      await el.updateComplete;
      expect(callout(el)!.textContent).to.contain(nameOf(marker).split(' (')[0]);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
    }
    expect(selected).to.deep.equal([
      'Tokyo',
      'Tokyo',
      'Hokkaido (Tomakomai)',
      'Hokkaido (Tomakomai)',
      'Sakai',
      'Sakai',
    ]);
    // Space selected without scrolling the page, and Tab goes on out of the map.
    expect(scrollY).to.equal(scrolled);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(box.querySelectorAll('input')[1]);
  });
});

/** What a reader can click, focus or follow, as far as markup tells. */
const INTERACTIVE =
  'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], ' +
  '[contenteditable], [role=button], [role=link], [role=checkbox], [role=tab], [role=slider]';

describe('interactive elements of every widget', () => {
  // Broken-input stories warn on purpose; the element tests check those warnings.
  captureWarnings();

  it('are the map’s markers alone, in every story', async function () {
    this.timeout(30000);
    const found = new Set<string>();
    for (const story of stories) {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      let ready = 0;
      box.addEventListener('lede-ready', () => ready++);
      render(story.render(), box);
      const widgets = [...box.querySelectorAll<LitElement>('*')].filter((e) =>
        e.localName.startsWith('lede-'),
      );
      // Drawn, or for a broken story, explaining itself (as stories.test.ts waits).
      const broken = story.name.startsWith('Broken:');
      for (let waited = 0; ready < widgets.length && waited < (broken ? 300 : 5000); waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const widget of widgets) {
        for (const element of root(widget).querySelectorAll(INTERACTIVE)) {
          const what = `${widget.localName} ${element.localName}[part=${element.getAttribute('part')}]`;
          found.add(what);
        }
      }
      // Out of the way of the next story, which must be in view to draw.
      box.remove();
    }
    // Markers were there to be found: the check can see interactive elements.
    expect([...found]).to.deep.equal(['lede-site-map g[part=marker]']);
  });
});
