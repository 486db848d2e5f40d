// Prints minified and min+gzip sizes of every script-tag entry against its budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { budgets } from './budgets.mjs';

export function measure(file) {
  const code = readFileSync(new URL(`../${file}`, import.meta.url));
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Object.entries(budgets).map(([file, budget]) => {
    const { min, gzip } = measure(file);
    const verdict = gzip <= budget ? 'ok' : 'OVER';
    return `| ${file} | ${kb(min)} | ${kb(gzip)} | ${kb(budget)} | ${verdict} |`;
  });
  console.log(
    ['| entry | min | min+gzip | budget | |', '| --- | --- | --- | --- | --- |', ...rows].join(
      '\n',
    ),
  );
}
