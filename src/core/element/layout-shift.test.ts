// No layout shift with the README's first embed: the server's HTML for each widget in an article
// column, then the script-tag bundle, which takes the widgets over and redraws them at the
// column's width. Run in every engine: Firefox and WebKit have no Layout Instability API, so the
// shift is computed here from the boxes of the page's elements before the script runs and after
// the widgets have drawn, with the API's formula; in Chromium the API's own score is checked too.
// Needs the build (dist/lede.js and dist/server, which the test server renders with): `npm test`
// builds before it runs the browser tests.
import { expect } from '@open-wc/testing';
import { reserveCss } from '../theme/reserve.js';

const VIEWPORT_HEIGHT = 800;
const TAGS = ['lede-power-ramp-gauge', 'lede-site-map', 'lede-deal-value-card'];
const PARTS: Record<string, string> = {
  'lede-power-ramp-gauge': 'ramp',
  'lede-site-map': 'sites',
  'lede-deal-value-card': 'deal',
};

/** The widget's server HTML, from the test server (scripts/dev-middleware.mjs, staticRenders). */
async function serverHtml(tag: string, fields: unknown, options: object): Promise<string> {
  const response = await fetch('/__lede/static', {
    method: 'POST',
    body: JSON.stringify({ widget: tag.replace(/^lede-/, ''), fields, options }),
  });
  if (!response.ok) throw new Error(`/__lede/static: ${response.status}; run npm run build first`);
  const { html, issues } = (await response.json()) as { html: string; issues: unknown[] };
  if (!html) throw new Error(`no server HTML for ${tag}: ${JSON.stringify(issues)}`);
  return html;
}

/** An article page: paragraphs of text around each widget, in a serif page font. */
function articlePage(widgets: string[], lang: string): string {
  const text =
    'SoftBank said it would buy the land and buildings of a former Sharp panel plant in Sakai, ' +
    'south of Osaka, and turn the site into one of the largest data centres in Japan.';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<style>
  body { margin: 0; font: 18px/1.5 'DejaVu Serif', serif; }
  main { padding: 0 12px; }
  p { margin: 16px 0; }
</style>
</head>
<body><main><p>${text}</p>${widgets.map((w) => `${w}<p>${text}</p>`).join('')}</main></body>
</html>`;
}

/** Every element of the document and of the shadow roots in it, but the inside of SVG drawings. */
function elementsOf(root: Document | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element) => {
    found.push(node);
    // As the Layout Instability API, which tracks boxes, not the shapes inside an SVG.
    if (node.localName === 'svg') return;
    if (node.shadowRoot) for (const child of node.shadowRoot.children) walk(child);
    for (const child of node.children) walk(child);
  };
  for (const child of root.children) walk(child);
  return found;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (element: Element): Box => {
  const r = element.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
};

/**
 * The layout shift score between two frames (Layout Instability API): for each element that was
 * laid out in both and whose box started elsewhere, its old and new boxes make the impact region;
 * score = (impact region's area / viewport area) × (largest move / viewport's larger side). The
 * region's area is counted on a 1 px grid.
 */
function shiftScore(
  before: Map<Element, Box>,
  after: Map<Element, Box>,
  viewport: { width: number; height: number },
): { score: number; moved: string[] } {
  const covered = new Uint8Array(viewport.width * viewport.height);
  let distance = 0;
  const moved: string[] = [];
  const cover = (b: Box) => {
    const x0 = Math.max(0, Math.floor(b.x));
    const y0 = Math.max(0, Math.floor(b.y));
    const x1 = Math.min(viewport.width, Math.ceil(b.x + b.width));
    const y1 = Math.min(viewport.height, Math.ceil(b.y + b.height));
    for (let y = y0; y < y1; y++) covered.fill(1, y * viewport.width + x0, y * viewport.width + x1);
  };
  for (const [element, a] of before) {
    const b = after.get(element);
    if (!b || !element.isConnected) continue;
    if (a.width === 0 || a.height === 0 || b.width === 0 || b.height === 0) continue;
    const move = Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y));
    if (move < 0.01) continue;
    moved.push(`${nameOf(element)}: (${a.x}, ${a.y}) → (${b.x}, ${b.y})`);
    distance = Math.max(distance, move);
    cover(a);
    cover(b);
  }
  const area = covered.reduce((sum, cell) => sum + cell, 0);
  const score =
    (area / (viewport.width * viewport.height)) *
    (distance / Math.max(viewport.width, viewport.height));
  return { score, moved };
}

function nameOf(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  return `${host ? `${host.localName} › ` : ''}${element.localName}${part ? `[part=${part}]` : ''}`;
}

const frame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(resolve));

/** Resolves once `check` is true, looking at each frame; fails after `ms`. */
async function until(win: Window, check: () => boolean, what: string, ms = 15000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await frame(win);
  }
}

/**
 * Opens an article with the server HTML of a widget in the first screen, in a column `width` px
 * wide, and measures every box; loads the script-tag bundle; waits until the widget has drawn at
 * its own width; measures again. Resolves to the computed score, and the API's where there is one.
 */
async function measure(tag: string, width: number, lang: string) {
  const article = (await (await fetch('/schema/sakai.json')).json()) as Record<string, unknown>;
  const widget = await serverHtml(tag, article[PARTS[tag]!], { width: 640, locale: lang });
  return measurePage(tag, width, articlePage([widget], lang));
}

/** As measure(), for a page of hand-written elements with lede.css in its head. */
async function measureWithStylesheet(tag: string, width: number, lang: string) {
  const article = (await (await fetch('/schema/sakai.json')).json()) as Record<string, unknown>;
  const fields = article[PARTS[tag]!] as Record<string, unknown>;
  const page = articlePage(['<div id="widget"></div>'], lang).replace(
    '</head>',
    `<style>${reserveCss()}</style></head>`,
  );
  // The element, its fields set as attributes (text, never parsed as markup), in the widget's place.
  return measurePage(tag, width, page, (doc) => {
    const el = doc.createElement(tag);
    el.setAttribute('loading', 'eager');
    for (const [name, value] of Object.entries(fields)) {
      const attribute = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      el.setAttribute(attribute, typeof value === 'string' ? value : JSON.stringify(value));
    }
    doc.getElementById('widget')!.replaceWith(el);
  });
}

async function measurePage(
  tag: string,
  width: number,
  page: string,
  place?: (doc: Document) => void,
) {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = `width: ${width}px; height: ${VIEWPORT_HEIGHT}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = page;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow!;
  const doc = iframe.contentDocument!;
  try {
    place?.(doc);
    await doc.fonts.ready;
    await frame(win);
    await frame(win);
    const viewport = { width: doc.documentElement.clientWidth, height: win.innerHeight };
    const before = new Map(elementsOf(doc).map((e) => [e, boxOf(e)] as const));

    // From here on, as the boxes above: not the shift of placing the element (lede.css test).
    let apiScore: number | undefined;
    const Observer = (win as unknown as typeof globalThis).PerformanceObserver;
    if (Observer.supportedEntryTypes.includes('layout-shift')) {
      apiScore = 0;
      new Observer((list) => {
        for (const entry of list.getEntries())
          apiScore! += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift' });
    }
    let ready = 0;
    doc.addEventListener('lede-ready', () => ready++);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/lede.js';
    doc.head.append(script);

    // Drawn at the column's width: the chart's viewBox is as wide as its chart box.
    const drawnAtOwnWidth = () => {
      const chart = doc.querySelector(tag)?.shadowRoot?.querySelector('.chart');
      const svg = chart?.querySelector(':scope > svg');
      const viewBoxWidth = Number(svg?.getAttribute('viewBox')?.split(' ')[2]);
      return (
        ready >= 1 && !!chart && Math.abs(viewBoxWidth - chart.getBoundingClientRect().width) < 1
      );
    };
    await until(win, drawnAtOwnWidth, `the widgets drawn at ${width} px`);
    await frame(win);
    await frame(win);
    const after = new Map(elementsOf(doc).map((e) => [e, boxOf(e)] as const));
    return { ...shiftScore(before, after, viewport), apiScore };
  } finally {
    iframe.remove();
  }
}

describe('no layout shift with the server HTML and the script tag', function () {
  // Each case loads a page and the bundle in an iframe: slower than a unit test on a busy machine.
  this.timeout(30_000);
  for (const tag of TAGS)
    for (const lang of ['en', 'fr', 'ja'])
      for (const width of lang === 'en' ? [320, 640, 960] : [320]) {
        it(`<${tag}> moves nothing when taken over, ${lang}, ${width} px column`, async () => {
          const { score, moved, apiScore } = await measure(tag, width, lang);
          expect(score, `score ${score}; moved:\n${moved.join('\n')}`).to.be.below(0.001);
          if (apiScore !== undefined) expect(apiScore, 'Layout Instability API').to.be.below(0.001);
        });
      }
});

/**
 * Where lede.css gives a widget its exact height: the gauge in any column (its height is its heading,
 * its chart box and its source line), the map and the card where the map's legend, and each of the
 * card's lines, take one line: in a 320 px column they wrap, and so does the French card's note on
 * the exchange rate at 640 px. What wraps there depends on the words, the font and the width, which
 * no stylesheet can know before the script has run; the server HTML (above) is the way there.
 */
const STYLESHEET_CASES: [tag: string, lang: string, widths: number[]][] = [
  ['lede-power-ramp-gauge', 'en', [320, 480, 640, 960]],
  ['lede-power-ramp-gauge', 'fr', [320, 960]],
  ['lede-power-ramp-gauge', 'ja', [320, 960]],
  ['lede-site-map', 'en', [640, 960]],
  ['lede-site-map', 'fr', [640, 960]],
  ['lede-site-map', 'ja', [320, 640, 960]],
  ['lede-deal-value-card', 'en', [640, 960]],
  ['lede-deal-value-card', 'fr', [960]],
  ['lede-deal-value-card', 'ja', [640, 960]],
];

describe('no layout shift with lede.css and the script tag', function () {
  this.timeout(30_000);
  for (const [tag, lang, widths] of STYLESHEET_CASES)
    for (const width of widths) {
      it(`<${tag}> moves nothing when it draws, ${lang}, ${width} px column`, async () => {
        const { score, moved, apiScore } = await measureWithStylesheet(tag, width, lang);
        expect(score, `score ${score}; moved:\n${moved.join('\n')}`).to.be.below(0.001);
        if (apiScore !== undefined) expect(apiScore, 'Layout Instability API').to.be.below(0.001);
      });
    }
});

describe('shiftScore()', () => {
  const el = (name: string) => document.createElement(name);
  const viewport = { width: 100, height: 200 };

  it('scores a box that moved down as impact region times distance', () => {
    const p = el('p');
    document.body.append(p);
    try {
      const before = new Map([[p, { x: 0, y: 0, width: 100, height: 50 }]]);
      const after = new Map([[p, { x: 0, y: 20, width: 100, height: 50 }]]);
      // Region: 100 × 70 of 100 × 200 = 0.35; distance 20 / 200 = 0.1.
      expect(shiftScore(before, after, viewport).score).to.be.closeTo(0.035, 1e-9);
    } finally {
      p.remove();
    }
  });

  it('does not count a box that kept its place, grew, or was not laid out before', () => {
    const [a, b, c] = [el('p'), el('p'), el('p')];
    document.body.append(a, b, c);
    try {
      const before = new Map([
        [a, { x: 0, y: 0, width: 100, height: 50 }],
        [b, { x: 0, y: 60, width: 100, height: 0 }],
      ]);
      const after = new Map([
        [a, { x: 0, y: 0, width: 100, height: 90 }],
        [b, { x: 0, y: 90, width: 100, height: 20 }],
        [c, { x: 0, y: 120, width: 100, height: 20 }],
      ]);
      expect(shiftScore(before, after, viewport).score).to.equal(0);
    } finally {
      a.remove();
      b.remove();
      c.remove();
    }
  });
});
