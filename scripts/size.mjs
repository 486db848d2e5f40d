// Prints min+gzip sizes of every script-tag entry and of the Japan outline against their budgets,
// and what each widget adds on top of the shared core.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
import { budgets } from './budgets.mjs';

export function measure(file) {
  const code = readFileSync(new URL(`../${file}`, import.meta.url));
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** min+gzip bytes of the core alone, bundled like the script-tag entries. */
export async function measureCore() {
  const options = config.find((c) => c.output?.entryFileNames === 'lede.js');
  const bundle = await rollup({ ...options, input: 'scripts/core-probe.ts' });
  const { output } = await bundle.generate(options.output);
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const core = await measureCore();
  const rows = [];
  for (const [file, budget] of Object.entries(budgets.total)) {
    const { min, gzip } = measure(file);
    rows.push(
      `| ${file} | ${kb(min)} | ${kb(gzip)} | ${kb(budget)} | ${gzip <= budget ? 'ok' : 'OVER'} |`,
    );
  }
  for (const [file, budget] of Object.entries(budgets.overCore)) {
    const { min, gzip } = measure(file);
    const over = gzip - core;
    rows.push(
      `| ${file} | ${kb(min)} | ${kb(gzip)} (core ${kb(core)} + ${kb(over)}) | ${kb(budget)} over core | ${over <= budget ? 'ok' : 'OVER'} |`,
    );
  }
  // The author's tools, outside the reader bundles: their size is shown, not budgeted.
  const suggest = measure('dist/suggest/index.js');
  rows.push(
    `| dist/suggest/index.js (authoring) | ${kb(suggest.min)} | ${kb(suggest.gzip)} | none | |`,
  );
  // The builder page: its script, and the suggest() chunk it loads once an article is read.
  const builder = measure('dist/builder/builder.js');
  rows.push(
    `| dist/builder/builder.js (authoring) | ${kb(builder.min)} | ${kb(builder.gzip)} | none | |`,
  );
  const reader = readdirSync('dist/builder/chunks').find((f) => f.startsWith('suggest-'));
  if (reader) {
    const chunk = measure(`dist/builder/chunks/${reader}`);
    rows.push(
      `| dist/builder/chunks/${reader} (suggest, on first read) | ${kb(chunk.min)} | ${kb(chunk.gzip)} | none | |`,
    );
  }
  console.log(
    ['| entry | min | min+gzip | budget | |', '| --- | --- | --- | --- | --- |', ...rows].join(
      '\n',
    ),
  );
}
