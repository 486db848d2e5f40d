// The chart box: each widget's height at a width, the same in every engine, drawn and while it
// cannot draw. Pages and server renders reserve these heights, so the box must keep them: the
// error box and the placeholder are laid inside it, never past it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import { captureWarnings, nextEvent } from '../test-helpers/render.js';
import type { LedeElement } from './lede-element.js';

interface Widget {
  tag: string;
  /** The chart box's height at `width`, as the widget's stylesheet gives it (its chartHeight()). */
  height: (width: number) => number;
  /** Attributes it draws from; the card's give it three bars (the deal's and two), its default. */
  data: Record<string, string>;
  /** Attributes of which every data field is unusable: the longest message the widget shows. */
  broken: Record<string, string>;
}

const WIDGETS: Widget[] = [
  {
    tag: 'lede-power-ramp-gauge',
    height: (w) => Math.min((w * 2) / 3, 360),
    data: { 'no-animation': '', stages: '[{"value":150,"label":"2026"}]' },
    broken: { stages: 'nope', unit: 'horsepower', 'display-unit': 'hp', max: 'x', current: 'y' },
  },
  {
    tag: 'lede-site-map',
    height: (w) => Math.min((w * 3) / 4, 640),
    data: { region: 'JP', sites: '[{"name":"Sakai","lat":34.58,"lon":135.45}]' },
    broken: { region: 'Atlantis', sites: 'nope' },
  },
  {
    tag: 'lede-deal-value-card',
    // Without data the card keeps its default of three rows.
    height: (w) => 3 * (w < 420 ? 62 : 46),
    data: {
      amount: '100000000000',
      currency: 'JPY',
      compare: '[{"label":"A","amount":1},{"label":"B","amount":2}]',
    },
    broken: {
      amount: 'lots',
      currency: 'XX1',
      'converted-amount': 'q',
      'converted-currency': 'ZZ9',
      date: 'yesterday',
      compare: 'nope',
      precision: '99',
    },
  },
];

const WIDTHS = [320, 480, 640, 960];

/** `widget` with `attributes` in a French page `width` px wide, its font `size` px. */
async function placed(
  widget: Widget,
  attributes: Record<string, string>,
  width: number,
  size = 16,
) {
  const box = await fixture<HTMLDivElement>(
    html`<div lang="fr" style="width: ${width}px; font-size: ${size}px"></div>`,
  );
  const el = document.createElement(widget.tag);
  el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return { box, el };
}

const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector(`[part=${name}]`)!.getBoundingClientRect();

/** `inner` within `outer`, to half a pixel. */
function expectInside(inner: DOMRect, outer: DOMRect, what: string) {
  expect(inner.top, `${what} top`).to.be.at.least(outer.top - 0.5);
  expect(inner.bottom, `${what} bottom`).to.be.at.most(outer.bottom + 0.5);
  expect(inner.left, `${what} left`).to.be.at.least(outer.left - 0.5);
  expect(inner.right, `${what} right`).to.be.at.most(outer.right + 0.5);
}

// Engines lay boxes out in steps of 1/64 px (Chromium, WebKit) or 1/60 px (Firefox): 213.328 and
// 213.333 px are both the gauge's 320 px × 2 / 3.
const STEP = 0.02;

describe('chart box', () => {
  captureWarnings();

  for (const widget of WIDGETS) {
    for (const width of WIDTHS) {
      it(`<${widget.tag}> in error at ${width} px: the error box fills the chart box, which keeps its height`, async () => {
        const { box, el } = await placed(widget, widget.broken, width);
        const error = nextEvent(el, 'lede-error');
        box.append(el);
        await error;
        await (el as LedeElement).updateComplete;
        const chart = part(el, 'chart');
        expect(chart.height).to.be.closeTo(widget.height(width), STEP);
        const message = part(el, 'error');
        expectInside(message, chart, 'error box');
        expect(message.height, 'error box height').to.be.closeTo(chart.height, 0.5);
      });
    }
  }

  for (const widget of WIDGETS) {
    it(`<${widget.tag}>: a message too long for its box at 320 px scrolls inside it, from its title`, async () => {
      const { box, el } = await placed(widget, widget.broken, 320, 40);
      const error = nextEvent(el, 'lede-error');
      box.append(el);
      await error;
      await (el as LedeElement).updateComplete;
      const chart = part(el, 'chart');
      expect(chart.height).to.be.closeTo(widget.height(320), STEP);
      const message = el.shadowRoot!.querySelector<HTMLElement>('[part=error]')!;
      expectInside(message.getBoundingClientRect(), chart, 'error box');
      const title = message.querySelector('strong')!.getBoundingClientRect();
      expect(title.top, 'title').to.be.at.least(message.getBoundingClientRect().top);
      message.scrollTop = message.scrollHeight;
      expect(message.scrollTop, 'scrolled to the end').to.be.greaterThan(0);
    });
  }

  for (const widget of WIDGETS) {
    for (const width of WIDTHS) {
      it(`<${widget.tag}> drawn at ${width} px has the height its stylesheet gives`, async () => {
        const { box, el } = await placed(widget, widget.data, width);
        const ready = nextEvent(el, 'lede-ready', 5000);
        box.append(el);
        await ready;
        expect(el.shadowRoot!.querySelector('.chart svg'), 'drawing').to.exist;
        expect(part(el, 'chart').height).to.be.closeTo(widget.height(width), STEP);
      });
    }
  }

  for (const width of WIDTHS) {
    it(`<lede-site-map> holds its placeholder in its box while the outline loads, at ${width} px`, async () => {
      const map = WIDGETS[1]!;
      const { box, el } = await placed(map, { region: 'FR', sites: '[]' }, width);
      box.append(el);
      await (el as LedeElement).updateComplete;
      const chart = part(el, 'chart');
      expect(chart.height).to.be.closeTo(map.height(width), STEP);
      expectInside(part(el, 'placeholder'), chart, 'placeholder');
    });
  }

  // A dark frame has 14 px of padding on each side: at 430 and 447 px the card's bars are laid out
  // for a box under 420 px wide, in rows of 62 px.
  for (const width of [430, 447]) {
    it(`<lede-deal-value-card> in a dark frame at ${width} px has the height of the rows it draws`, async () => {
      const card = WIDGETS[2]!;
      const { box, el } = await placed(card, { ...card.data, theme: 'dark' }, width);
      const ready = nextEvent(el, 'lede-ready');
      box.append(el);
      await ready;
      const chart = part(el, 'chart');
      expect(chart.width).to.be.below(420);
      expect(chart.height).to.be.closeTo(3 * 62, STEP);
      const drawn = el.shadowRoot!.querySelector('.chart svg')!.getAttribute('viewBox');
      expect(drawn).to.equal(`0 0 ${chart.width} ${3 * 62}`);
    });
  }
});
