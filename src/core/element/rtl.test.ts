// Right-to-left pages: all three widgets inside <div dir="rtl" lang="ar">, with Arabic words. Their
// layouts compute SVG text positions for left-to-right anchors; an inherited dir=rtl would flip
// text-anchor (start becomes the right edge) and throw labels onto the ring and off the chart.
import { expect, fixture, html } from '@open-wc/testing';
import '../../power-ramp-gauge/define.js';
import '../../site-map/define.js';
import '../../deal-value-card/define.js';
import type { TemplateResult } from 'lit';
import { drawnPieces, emBox, glyphBox, overlap } from '../test-helpers/text-fit.js';

async function inRtl(template: TemplateResult, width: number): Promise<Element> {
  const page = await fixture<HTMLDivElement>(
    html`<div dir="rtl" lang="ar"><div style="width: ${width}px"></div></div>`,
  );
  const box = page.firstElementChild as HTMLDivElement;
  const ready = new Promise((resolve) =>
    box.addEventListener('lede-ready', resolve, { once: true }),
  );
  const { render } = await import('lit');
  render(template, box);
  await ready;
  return box.firstElementChild!;
}

/**
 * Every drawn text (each line of one with tspans) inside the svg's box, and no two of `selector`
 * over each other: their glyph boxes and em squares as the font tests measure them, the same in
 * every engine. Arabic marks reach below the line (a card label's glyph box is 20 px tall at
 * 13 px in Chromium, 23 px in Firefox, whose box for the marks is looser than their ink), so
 * stacked lines' glyph boxes overlap where screenshots show their letters apart; em squares do not.
 */
function expectLaidOut(el: Element, selector: string) {
  const svg = el.shadowRoot!.querySelector('svg')!;
  const box = svg.getBoundingClientRect();
  const texts = drawnPieces(svg.querySelectorAll<SVGTextElement>(selector));
  expect(texts.length).to.be.greaterThan(0);
  const rects = texts.map((t) => glyphBox(t));
  const ems = texts.map((t, i) => emBox(t, rects[i]));
  for (const [i, r] of rects.entries()) {
    const what = texts[i]!.textContent.trim();
    expect(r.left, what).to.be.at.least(box.left - 1);
    expect(r.right, what).to.be.at.most(box.right + 1);
    for (const other of ems.slice(i + 1)) {
      expect(overlap(ems[i]!, other), `${what} overlaps another text`).to.equal(false);
    }
  }
}

describe('widgets on a right-to-left page', () => {
  for (const width of [375, 960]) {
    // At 375 px the Arabic stage label is wider than the per-character estimate in the font this
    // Chromium falls back to: it fits because the widget measures its text.
    it(`lays out the gauge with Arabic stage labels at ${width} px`, async () => {
      const el = await inRtl(
        html`<lede-power-ramp-gauge
          heading="قدرة مركز البيانات"
          unit="MW"
          stages='[{"value":150,"label":"2026"},{"value":200,"label":"المرحلة الثانية"},{"value":240,"label":"على المدى البعيد","atLeast":true}]'
        ></lede-power-ramp-gauge>`,
        width,
      );
      // Words fall back to English; numbers come from Intl for ar.
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Power: /);
      // A label's lines keep their order, each drawn below the one before it. At 375 px Arabic
      // labels wrap (WebKit drew "المرحلة الثانية" on two lines with its second word first).
      const texts = [...el.shadowRoot!.querySelectorAll('svg > text')];
      if (width === 375) {
        const wrapped = texts.filter((t) => t.querySelectorAll('.stage-label').length > 1);
        expect(wrapped.length).to.be.greaterThan(0);
      }
      for (const text of texts) {
        const lines = [...text.querySelectorAll('tspan')];
        const tops = lines.map((t) => glyphBox(t).top);
        const what = lines.map((t) => t.textContent).join(' / ');
        tops.slice(1).forEach((top, i) => expect(top, what).to.be.greaterThan(tops[i]! + 8));
      }
      expectLaidOut(el, ':scope > text:not(.center-label)');
      // Right of the centre a label starts at its anchor and runs rightwards, as in LTR.
      const svg = el.shadowRoot!.querySelector('svg')!;
      const labels = [...svg.querySelectorAll<SVGTextElement>('text[text-anchor=start]')];
      expect(labels.length).to.be.greaterThan(0);
      for (const t of labels) {
        const x = Number(t.getAttribute('x'));
        const left = glyphBox(t).left - svg.getBoundingClientRect().left;
        expect(left, t.textContent).to.be.closeTo(
          x * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width),
          3,
        );
      }
    });

    it(`lays out the map with Arabic site names at ${width} px`, async () => {
      const el = await inRtl(
        html`<lede-site-map
          region="JP"
          highlight="ساكاي"
          sites='[{"name":"طوكيو","lat":35.68,"lon":139.69,"status":"operating"},{"name":"هوكايدو","lat":42.63,"lon":141.6,"status":"construction"},{"name":"ساكاي","lat":34.58,"lon":135.45,"status":"planned"}]'
        ></lede-site-map>`,
        width,
      );
      expectLaidOut(el, '[part=label]');
      expect(el.shadowRoot!.querySelectorAll('[part=label]')).to.have.length(3);
    });

    it(`lays out the card with comparisons at ${width} px`, async () => {
      const el = await inRtl(
        html`<lede-deal-value-card
          amount="100000000000"
          currency="JPY"
          converted-amount="676000000"
          converted-currency="USD"
          label="أرض ومبانٍ"
          compare='[{"label":"صفقة أخرى","amount":25000000000,"currency":"USD"}]'
        ></lede-deal-value-card>`,
        width,
      );
      expectLaidOut(el, 'text');
      expect(el.shadowRoot!.querySelector('[part=headline]')!.textContent).to.match(/billion/);
    });
  }
});
