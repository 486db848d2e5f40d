// Hostile text: injection strings in every text field, as attributes and in a JSON child, create no
// element and run no script; they show as text. Runaway text is cut visibly, and assistive
// technology still gets all of it (hidden table or list, or the DOM text of a clamped line).
import { expect, fixture, html } from '@open-wc/testing';
import '../../power-ramp-gauge/define.js';
import '../../site-map/define.js';
import '../../deal-value-card/define.js';
import { captureWarnings, frame, nextEvent } from '../test-helpers/render.js';

declare global {
  interface Window {
    __ledePwned?: unknown;
  }
}

const RUN = 'window.__ledePwned=1';
const LONG = `${'Runaway label '.repeat(714)}end`.slice(0, 10_000);

/** Each payload sets window.__ledePwned if it ever runs. */
const HOSTILE = [
  `<script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `<svg onload="${RUN}"><circle r="9"/></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `javascript:${RUN}`,
  `<a href="javascript:${RUN}">link</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<style>*{display:none}</style><foreignObject><img src=x onerror="${RUN}"></foreignObject>`,
  `"><img src=x onerror=${RUN}>`,
  `' onmouseover='${RUN}' x='`,
  `\${${RUN}}`,
  '`${alert(1)}`',
  '{{constructor.constructor("window.__ledePwned=1")()}}',
  '\u202eevil\u202c and \u202eunclosed override',
  '\u2066isolate\u2069 \u200d\u200b\u200czero\u2060width',
  LONG,
];

/** Elements no widget draws: one in a shadow root came from the text. */
const NEVER_DRAWN = ['script', 'img', 'iframe', 'foreignObject', 'style', 'a', 'math', 'mglyph'];

type Fields = Record<string, unknown>;

/** Each widget's text fields holding `text`, and its valid data around them. */
const WIDGETS: { tag: string; fields: (text: string) => Fields; attributes: string[] }[] = [
  {
    tag: 'lede-power-ramp-gauge',
    fields: (text) => ({
      heading: text,
      source: text,
      stages: [
        { value: 150, label: text },
        { value: 240, label: text, atLeast: true },
      ],
    }),
    attributes: ['heading', 'source'],
  },
  {
    tag: 'lede-site-map',
    fields: (text) => ({
      heading: text,
      source: text,
      region: 'JP',
      highlight: text,
      sites: [
        { name: text, lat: 34.58, lon: 135.45, status: 'planned', note: text },
        { name: 'Tokyo', lat: 35.68, lon: 139.69, status: text, note: text },
      ],
    }),
    attributes: ['heading', 'source', 'highlight'],
  },
  {
    tag: 'lede-deal-value-card',
    fields: (text) => ({
      heading: text,
      source: text,
      amount: 10e9,
      currency: 'USD',
      label: text,
      buyer: text,
      seller: text,
      compare: [{ label: text, amount: 5e9 }],
    }),
    attributes: ['heading', 'source', 'label', 'buyer', 'seller'],
  },
];

/**
 * Renders `tag` with `fields`, as attributes (objects as JSON text) or in a JSON child, in a box
 * `width` px wide, and resolves once drawn.
 */
async function render(tag: string, fields: Fields, via: 'attributes' | 'child', width = 480) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  const el = document.createElement(tag);
  el.setAttribute('loading', 'eager');
  el.setAttribute('no-animation', '');
  if (via === 'attributes') {
    for (const [name, value] of Object.entries(fields)) {
      el.setAttribute(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
  } else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(fields);
    el.append(script);
  }
  const ready = nextEvent(el, 'lede-ready', 5000);
  box.append(el);
  await ready;
  return el;
}

/** Tag names in a shadow root, and whether any element has an event handler attribute. */
function inventory(root: ShadowRoot) {
  const elements = [...root.querySelectorAll('*')];
  return {
    tags: new Set(elements.map((e) => e.localName)),
    handlers: elements.flatMap((e) =>
      [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    ),
  };
}

describe('hostile text', () => {
  captureWarnings();
  afterEach(() => {
    delete window.__ledePwned;
  });

  for (const widget of WIDGETS) {
    for (const via of ['attributes', 'child'] as const) {
      it(`<${widget.tag}> via ${via}: no element, no script, text as text`, async () => {
        // The elements a benign render draws: hostile text must add none. The map numbers its
        // labels in a key list when they collide, which depends on their length.
        const benign = inventory(
          (await render(widget.tag, widget.fields('Plain'), via)).shadowRoot!,
        );
        benign.tags.add('ol').add('li');
        for (const text of HOSTILE) {
          const el = await render(widget.tag, widget.fields(text), via);
          await frame();
          await frame();
          const root = el.shadowRoot!;
          const found = inventory(root);
          expect(
            [...found.tags].filter((t) => !benign.tags.has(t)),
            text,
          ).to.deep.equal([]);
          for (const tag of NEVER_DRAWN) {
            expect(root.querySelectorAll(tag).length, `${tag}: ${text.slice(0, 40)}`).to.equal(0);
          }
          expect(found.handlers, text).to.deep.equal([]);
          // Only the JSON child itself is in the light DOM.
          expect(el.querySelectorAll('*').length).to.equal(via === 'child' ? 1 : 0);
          expect(window.__ledePwned, `ran: ${text.slice(0, 40)}`).to.equal(undefined);
          // The heading shows the text, trimmed, as text.
          expect(root.querySelector('[part=heading]')!.textContent).to.equal(text.trim());
          el.parentElement!.remove();
        }
      });
    }
  }

  for (const width of [375, 960]) {
    it(`cuts 10,000-character text visibly at ${width} px and keeps it whole for assistive technology`, async () => {
      const lineHeight = 40;
      for (const widget of WIDGETS) {
        const el = await render(widget.tag, widget.fields(LONG), 'attributes', width);
        const root = el.shadowRoot!;
        // The heading and source are a few lines tall, however long, and hold the whole text.
        for (const part of ['heading', 'source']) {
          const line = root.querySelector<HTMLElement>(`[part=${part}]`)!;
          expect(line.getBoundingClientRect().height, `${widget.tag} ${part}`).to.be.below(
            5 * lineHeight,
          );
          expect(line.textContent, `${widget.tag} ${part}`).to.include(LONG);
          expect(line.scrollWidth, `${widget.tag} ${part} overflows`).to.be.at.most(width);
        }
        // The whole widget stays a sensible size: heading, chart, legend and source.
        expect(el.getBoundingClientRect().height, widget.tag).to.be.below(
          width < 400 ? 1000 : 1200,
        );
        expect(el.getBoundingClientRect().width, widget.tag).to.be.at.most(width);
        el.parentElement!.remove();
      }
    });
  }

  it('cuts long SVG labels with an ellipsis; the hidden table and list keep the full text', async () => {
    const gauge = await render('lede-power-ramp-gauge', WIDGETS[0]!.fields(LONG), 'attributes');
    const svgTexts = [...gauge.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(svgTexts.some((t) => t.includes('…'))).to.equal(true);
    expect(svgTexts.every((t) => t.length < 200)).to.equal(true);
    expect(gauge.shadowRoot!.querySelector('[part=table]')!.textContent).to.include(LONG);

    const map = await render('lede-site-map', WIDGETS[1]!.fields(LONG), 'attributes');
    // A 10,000-character name cannot sit beside its marker: the map numbers its markers and names
    // the sites in a key, whose entries are clamped; no SVG text carries the long name.
    const key = map.shadowRoot!.querySelector<HTMLElement>('[part=key] li');
    expect(key, 'the numbered key').to.exist;
    expect(key!.getBoundingClientRect().height).to.be.below(100);
    const mapTexts = [...map.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(mapTexts.every((t) => t.length < 200)).to.equal(true);
    expect(map.shadowRoot!.querySelector('[part=list]')!.textContent).to.include(LONG);

    const card = await render('lede-deal-value-card', WIDGETS[2]!.fields(LONG), 'attributes');
    for (const part of ['what', 'who']) {
      const line = card.shadowRoot!.querySelector<HTMLElement>(`[part=${part}]`)!;
      expect(line.getBoundingClientRect().height, part).to.be.below(100);
      expect(line.textContent, part).to.include(LONG);
    }
  });
});
