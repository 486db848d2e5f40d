// Benchmarks the static renders in Node, from the built package (dist/server/): the server render
// of each widget to HTML, and for reference its standalone SVG and PNG. Each is warmed up, then
// timed one render at a time; the table gives the median, the 95th percentile and the range.
//
//   node bench/ssr.mjs [--warmup=200] [--runs=500] [--no-write]
//
// `npm run bench:ssr` builds first. Writes bench/ssr-results.md unless --no-write.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { format } from 'prettier';
import { Resvg } from '@resvg/resvg-js';
import { renderHtml, renderPng, renderSvg } from '../dist/server/index.js';

const arg = (name, fallback) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const WARMUP = arg('warmup', 200);
const RUNS = arg('runs', 500);
const article = JSON.parse(readFileSync(new URL('../schema/sakai.json', import.meta.url), 'utf8'));
const CASES = [
  ['power-ramp-gauge', article.ramp],
  ['site-map', article.sites],
  // Maps keep the projected outline of their last 8 framings per country: a new width each time
  // projects the outline again, as a server rendering maps at many widths would.
  ['site-map', article.sites, 'a new width each render'],
  ['deal-value-card', article.deal],
];
/**
 * resvg alone, drawing and encoding a blank image as large as the widget's PNG (its size read from
 * the widget's SVG): the floor under any PNG of that size, whatever the widget draws.
 */
async function blankPng(widget, fields, options, scale) {
  const { svg } = await renderSvg(widget, fields, options);
  const [, width, height] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
  const blank = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/></svg>`;
  const start = performance.now();
  new Resvg(blank, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return { issues: [], ms: performance.now() - start };
}

const OUTPUTS = [
  ['HTML (server render)', renderHtml, 1],
  ['SVG', renderSvg, 1],
  // Rasterising and encoding take tens of milliseconds: fewer runs.
  ['PNG, 2× (resvg)', (w, f, o) => renderPng(w, f, { ...o, scale: 2 }), 0.04],
  ['PNG, 1× (resvg)', (w, f, o) => renderPng(w, f, { ...o, scale: 1 }), 0.04],
  ['blank PNG of that size, 2× (resvg alone)', (w, f, o) => blankPng(w, f, o, 2), 0.04],
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (n) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

const rows = [];
for (const [output, render, share] of OUTPUTS) {
  for (const [widget, fields, note] of CASES) {
    let width = 640;
    const next = () => ({ width: note ? (width = width >= 1000 ? 400 : width + 1) : width });
    const warmup = Math.max(2, Math.round(WARMUP * share));
    const runs = Math.max(5, Math.round(RUNS * share));
    for (let i = 0; i < warmup; i++) await render(widget, fields, next());
    const times = [];
    for (let i = 0; i < runs; i++) {
      const options = next();
      const start = performance.now();
      const result = await render(widget, fields, options);
      // The blank image times resvg alone, not the SVG written to size it.
      times.push(result.ms ?? performance.now() - start);
      if (result.issues.length) throw new Error(`${widget}: ${result.issues[0].message}`);
    }
    times.sort((a, b) => a - b);
    const row = {
      output,
      widget: note ? `${widget}, ${note}` : widget,
      runs,
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      min: times[0],
      max: times.at(-1),
    };
    rows.push(row);
    console.log(`${output}, ${row.widget}: median ${ms(row.median)} over ${runs} runs`);
  }
}

const table = [
  '| output | widget | median | 95th percentile | min–max | runs |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.output} | ${r.widget} | ${ms(r.median)} | ${ms(r.p95)} | ${ms(r.min)}–${ms(r.max)} | ${r.runs} |`,
  ),
].join('\n');
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.versions.node}`;
const report = `# Static render benchmark

\`npm run bench:ssr\` on ${machine}: the Sakai article's widgets at 640 px (one case at 400 to 1000 px), after
${WARMUP} warm-up renders (PNG: ${Math.max(2, Math.round(WARMUP * 0.04))}), one render at a time.

${table}
`;
console.log(`\n${table}`);
if (!process.argv.includes('--no-write')) {
  const formatted = await format(report, { parser: 'markdown', proseWrap: 'preserve' });
  writeFileSync(new URL('./ssr-results.md', import.meta.url), formatted);
}
