// Builds the benchmark: bundles the D3 and ECharts contenders with esbuild (minified ES modules
// for the browser, one self-contained file per chart) into bench/dist/, and writes one page per
// contender and widget into bench/pages/, all from the Sakai article data of schema/sakai.json.
// Lede's contenders are the built script-tag bundles dist/lede-<widget>.js (npm run build first).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const here = (path) => new URL(path, import.meta.url);

/** Short widget names and Lede's element names. */
export const WIDGETS = {
  gauge: 'lede-power-ramp-gauge',
  map: 'lede-site-map',
  card: 'lede-deal-value-card',
};
export const CONTENDERS = ['d3', 'echarts', 'lede'];
export const LABELS = { d3: 'D3 (hand-written)', echarts: 'ECharts 6', lede: 'Lede' };

/** The script a contender's page loads, from the repository root. */
export const scriptOf = (contender, widget) =>
  contender === 'lede' ? `dist/${WIDGETS[widget]}.js` : `bench/dist/${contender}-${widget}.js`;
export const pageOf = (contender, widget) => `bench/pages/${contender}-${widget}.html`;

const sakai = JSON.parse(readFileSync(here('../schema/sakai.json'), 'utf8'));

const escape = (value) =>
  String(value).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
const attributes = (pairs) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) =>
      v === true ? k : `${k}="${escape(typeof v === 'string' ? v : JSON.stringify(v))}"`,
    )
    .join(' ');

/** Lede's elements, written like the Sakai (en) stories. */
function ledeMarkup(widget) {
  const common = { lang: 'en', 'no-animation': true, loading: 'eager' };
  if (widget === 'gauge') {
    const { heading, source, unit, stages } = sakai.ramp;
    return `<lede-power-ramp-gauge ${attributes({ ...common, unit, heading, source, stages })}></lede-power-ramp-gauge>`;
  }
  if (widget === 'map') {
    const { heading, source, region, highlight, sites } = sakai.sites;
    return `<lede-site-map ${attributes({ ...common, region, heading, highlight, source, sites })}></lede-site-map>`;
  }
  const d = sakai.deal;
  return `<lede-deal-value-card ${attributes({
    ...common,
    amount: String(d.amount),
    currency: d.currency,
    'converted-amount': String(d.convertedAmount),
    'converted-currency': d.convertedCurrency,
    label: d.label,
    buyer: d.buyer,
    seller: d.seller,
    date: d.date,
    source: d.source,
    compare: d.compare,
  })}></lede-deal-value-card>`;
}

/** The D3 and ECharts charts' containers, with the same data in data-* attributes. */
function containerMarkup(contender, widget) {
  let data;
  if (widget === 'gauge') data = { 'data-unit': sakai.ramp.unit, 'data-stages': sakai.ramp.stages };
  else if (widget === 'map')
    data = {
      // Lede resolves "JP" to its outline module JPN.js; the contenders are given the module name.
      'data-region': 'JPN',
      'data-highlight': sakai.sites.highlight,
      'data-sites': sakai.sites.sites,
    };
  else {
    const d = sakai.deal;
    data = {
      'data-amount': String(d.amount),
      'data-currency': d.currency,
      'data-converted-amount': String(d.convertedAmount),
      'data-converted-currency': d.convertedCurrency,
      'data-label': d.label,
      'data-compare': d.compare,
    };
  }
  return `<div ${attributes({ class: `chart ${widget} ${contender}`, 'data-chart': true, ...data })}></div>`;
}

const STYLE = `
  body { margin: 0; font: 16px/1.4 sans-serif; color: #1b1b1b; background: #fff; }
  .cell { width: 480px; }
  .grid { display: grid; grid-template-columns: repeat(5, 240px); }
  .grid .cell { width: 240px; }
  .chart.gauge { aspect-ratio: 3 / 2; }
  .chart.map { aspect-ratio: 4 / 3; }
  .chart.card.echarts { height: 200px; }
`;

/** Opened before each contender's page, in the same tab: the renderer starts and lays out text. */
const BLANK = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>blank</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <p>150 MW <b>¥100 billion</b></p>
    <svg width="200" height="40"><text x="0" y="20" font-weight="700">Sakai</text></svg>
  </body>
</html>
`;

/**
 * The same blank page, with a script that writes a dateline and a number with Intl, as an article
 * page's own scripts commonly do: the renderer's ICU data is then loaded before the chart's script
 * runs (the first Intl formatter of a process costs 30–70 ms here, whichever script creates it).
 */
const BLANK_INTL = BLANK.replace(
  '</title>',
  '</title>\n    <script type="module" src="/bench/pages/intl.js"></script>',
);
const INTL_SCRIPT = `document.body.dataset.dateline = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
document.body.dataset.figure = new Intl.NumberFormat('en').format(1234.5);
`;

/**
 * One page: the contender's script, one chart in a 480 px cell (first render, resizes), an empty
 * grid, and a template of the same cell that the benchmark stamps 100 times. No inline script.
 */
function page(contender, widget) {
  const chart = contender === 'lede' ? ledeMarkup(widget) : containerMarkup(contender, widget);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${LABELS[contender]}: ${widget}</title>
    <style>${STYLE}</style>
    <script type="module" src="/${scriptOf(contender, widget)}"></script>
  </head>
  <body>
    <div class="cell" id="first">${chart}</div>
    <div class="grid" id="grid"></div>
    <template id="cell"><div class="cell">${chart}</div></template>
  </body>
</html>
`;
}

export async function build() {
  for (const widget of Object.keys(WIDGETS)) {
    const file = here(`../${scriptOf('lede', widget)}`);
    if (!existsSync(file))
      throw new Error(`${scriptOf('lede', widget)} is missing: run npm run build first`);
  }
  if (!existsSync(here('node_modules/echarts')))
    throw new Error('bench dependencies are missing: npm install --prefix bench');
  rmSync(here('dist'), { recursive: true, force: true });
  const entryPoints = Object.fromEntries(
    CONTENDERS.filter((c) => c !== 'lede').flatMap((c) =>
      Object.keys(WIDGETS).map((w) => [`${c}-${w}`, here(`${c}/${w}.js`).pathname]),
    ),
  );
  await esbuild({
    entryPoints,
    outdir: here('dist').pathname,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(here('pages'), { recursive: true });
  writeFileSync(here('pages/blank.html'), BLANK);
  writeFileSync(here('pages/blank-intl.html'), BLANK_INTL);
  writeFileSync(here('pages/intl.js'), INTL_SCRIPT);
  for (const contender of CONTENDERS)
    for (const widget of Object.keys(WIDGETS))
      writeFileSync(here(`../${pageOf(contender, widget)}`), page(contender, widget));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await build();
  console.log('bench/dist/ and bench/pages/ built');
}
