// lede.css against the widgets it reserves for: an element not yet defined, with lede.css, takes the
// height the widget takes once drawn. Over random headings, source lines, column widths, fonts and
// languages for the gauge (exact in any column), and for the map in columns wide enough for its
// legend to take one line. The reserved elements are in an iframe without the script, beside the
// widgets drawn in this document, with the same fonts and widths.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { reserveCss } from './reserve.js';
import { defineElement } from '../element/define.js';
import { LedePowerRampGauge } from '../../power-ramp-gauge/power-ramp-gauge.js';
import { LedeSiteMap } from '../../site-map/site-map.js';
import { nextEvent } from '../test-helpers/render.js';

defineElement('lede-power-ramp-gauge', LedePowerRampGauge);
defineElement('lede-site-map', LedeSiteMap);

const FONTS = ["'DejaVu Serif', serif", "'DejaVu Sans', sans-serif", "'Liberation Serif', serif"];
const WORDS = ['Sakai', 'power', 'of', 'the', 'planned', 'AI', 'data', 'centre', 'Osaka', 'grid'];
const WORDS_JA = ['堺市', 'の', 'データ', 'センター', '電力', '計画', '大阪', '送電網'];

const text = (lang: string, max: number) =>
  fc
    .array(fc.constantFrom(...(lang === 'ja' ? WORDS_JA : WORDS)), { minLength: 1, maxLength: max })
    .map((words) => words.join(lang === 'ja' ? '' : ' '));

const page = (lang: string) =>
  fc.record({
    lang: fc.constant(lang),
    heading: fc.option(text(lang, 30), { nil: undefined }),
    source: fc.option(text(lang, 20), { nil: undefined }),
    font: fc.constantFrom(...FONTS),
    size: fc.constantFrom(15, 16, 18, 20),
    theme: fc.constantFrom('light', 'dark'),
  });

type Page = {
  lang: string;
  heading?: string;
  source?: string;
  font: string;
  size: number;
  theme: string;
};

const STAGES = '[{"value":150,"label":"2026"},{"value":240,"label":"later","atLeast":true}]';
const SITES = JSON.stringify([
  { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating' },
  { name: 'Hokkaido', lat: 42.63, lon: 141.6, status: 'construction' },
  { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' },
]);

/** The element in `doc`, its fields set as attributes (text, never parsed as markup). */
function element(doc: Document, tag: string, p: Page): HTMLElement {
  const attributes: Record<string, string | undefined> = {
    lang: p.lang,
    theme: p.theme,
    heading: p.heading,
    source: p.source,
    loading: 'eager',
    'no-animation': '',
    ...(tag === 'lede-site-map' ? { region: 'JP', sites: SITES } : { unit: 'MW', stages: STAGES }),
  };
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  return el;
}

/** A column `width` px wide in the page's font, in `doc`. */
function column(doc: Document, p: Page, width: number): HTMLDivElement {
  const box = doc.createElement('div');
  box.style.width = `${width}px`;
  box.style.font = `${p.size}px ${p.font}`;
  return box;
}

let iframe: HTMLIFrameElement;

before(async () => {
  iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 1300px; height: 400px; border: 0';
  const loaded = nextEvent(iframe, 'load', 5000);
  iframe.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><style>body { margin: 0 }</style><style>${reserveCss()}</style></head><body></body></html>`;
  document.body.append(iframe);
  await loaded;
});

after(() => iframe.remove());

/** The height lede.css gives the element, not defined, in a column `width` px wide. */
async function reserved(tag: string, p: Page, width: number): Promise<number> {
  const doc = iframe.contentDocument!;
  const box = column(doc, p, width);
  box.append(element(doc, tag, p));
  doc.body.replaceChildren(box);
  await doc.fonts.ready;
  return doc.querySelector(tag)!.getBoundingClientRect().height;
}

/** The height of the widget drawn in this document, in the same column. */
async function drawnHeight(tag: string, p: Page, width: number): Promise<number> {
  const box = column(document, p, width);
  const ready = nextEvent(box, 'lede-ready', 8000);
  box.append(element(document, tag, p));
  document.body.append(box);
  try {
    await ready;
    await document.fonts.ready;
    return box.firstElementChild!.getBoundingClientRect().height;
  } finally {
    box.remove();
  }
}

async function check(tag: string, p: Page, width: number) {
  const want = await drawnHeight(tag, p, width);
  const got = await reserved(tag, p, width);
  // Within a pixel: WebKit lays the lines of the map's clamped legend entries out at whole pixels
  // (18 px for 18.36), where lede.css adds the exact line height.
  const what = `${tag} ${JSON.stringify(p)} at ${width} px: ${got} for ${want}`;
  if (Math.abs(got - want) >= 1) throw new Error(what);
}

describe('lede.css', function () {
  // Each property draws its widget at many widths: longer than a unit test.
  this.timeout(60_000);
  it('parses in this engine: every reserved height is a valid declaration', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(reserveCss());
    const media = [...sheet.cssRules].find((r) => r instanceof CSSMediaRule) as CSSMediaRule;
    const styles = [...media.cssRules].map((r) => r as CSSStyleRule);
    const paddings = styles.filter((r) => /::after/.test(r.selectorText) && r.style.paddingTop);
    // Each widget: without and with a source line.
    expect(paddings.map((r) => r.selectorText)).to.have.length(6);
    const heading = styles.find((r) => /::before/.test(r.selectorText) && r.style.content);
    expect(heading?.style.content).to.equal('attr(heading)');
  });

  for (const lang of ['en', 'fr', 'ja']) {
    it(`gives an undefined gauge the height it draws at, any width, ${lang}`, async () => {
      await fc.assert(
        fc.asyncProperty(page(lang), fc.integer({ min: 280, max: 1200 }), (p, width) =>
          check('lede-power-ramp-gauge', p, width),
        ),
        { numRuns: 15 },
      );
    });

    it(`gives an undefined map the height it draws at, in columns of 640 px and more, ${lang}`, async () => {
      await fc.assert(
        fc.asyncProperty(page(lang), fc.integer({ min: 640, max: 1200 }), (p, width) =>
          check('lede-site-map', p, width),
        ),
        { numRuns: 8 },
      );
    });
  }
});
