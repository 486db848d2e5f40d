// What scripts/examples.mjs prints: a line per page checked as it goes, a table at the end. A row
// is one server of one example (its build, or its dev server) and gathers what its pages showed.

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export const newRow = (label) => ({ label, ok: 0, failed: 0 });

/** Counts a step or page in `row`; prints it, with each problem under a failure. */
export function report(row, what, problems, note = '') {
  if (problems.length === 0) {
    row.ok += 1;
    console.log(`  ok    ${row.label} ${what}${note ? `  (${note})` : ''}`);
    return;
  }
  row.failed += 1;
  row.reason ??= `${what}: ${problems[0]}`;
  console.log(`  FAIL  ${row.label} ${what}`);
  for (const problem of problems) console.log(`        - ${problem}`);
}

/** Adds what checkPage found on one page to `row`, and prints it. */
export function reportPage(row, path, found) {
  row.jsBytes = Math.max(row.jsBytes ?? 0, found.jsBytes);
  row.jsGzip = Math.max(row.jsGzip ?? 0, found.jsGzip);
  row.outlines = [...new Set([...(row.outlines ?? []), ...found.outlines])];
  const files = found.jsFiles;
  const list = files.length <= 6 ? `: ${files.join(', ')}` : '';
  const size = `${kb(found.jsBytes)} of JS (${kb(found.jsGzip)} gzipped)`;
  report(row, path, found.problems, `${size} in ${files.length} files${list}`);
}

export function printTable(rows) {
  const head = [
    'example',
    'install s',
    'build s',
    'pages ok/failed',
    'JS loaded (gzip)',
    'outlines',
  ];
  const lines = rows.map((r) => [
    r.label,
    r.install ?? '-',
    r.build ?? '-',
    `${r.ok}/${r.failed}`,
    r.jsBytes ? `${kb(r.jsBytes)} (${kb(r.jsGzip)})` : '-',
    r.outlines?.length ? r.outlines.join(' ') : '-',
    r.reason ?? '',
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...lines].map((l) => String(l[i]).length)));
  const format = (line) =>
    line
      .map((cell, i) => (i < widths.length ? String(cell).padEnd(widths[i]) : cell))
      .join(' | ')
      .trimEnd();
  console.log(`\n${format([...head, 'reason'])}`);
  console.log(`${widths.map((w) => '-'.repeat(w)).join('-|-')}-|-------`);
  for (const line of lines) console.log(format(line));
}
