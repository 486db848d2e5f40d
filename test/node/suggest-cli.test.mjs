// `lede-widgets suggest` in the built package: the article JSON to a file or standard output,
// notes on standard error and in --notes, and render's exit codes for bad command lines and input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const bin = new URL('../../dist/server/bin.js', import.meta.url).pathname;
const run = (args, input) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'lede-suggest-'));
const article = join(dir, 'article.txt');
writeFileSync(
  article,
  'Acme will buy Globex’s plant for $1.6 billion.\nThe campus will draw 150 MW in 2026.\n',
);

test('lede-widgets suggest writes the article JSON with $schema to --out and quotes to standard error', () => {
  const out = join(dir, 'article.json');
  const result = run(['suggest', article, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, '');
  const json = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(json.deal.amount, 1.6e9);
  assert.deepEqual(json.ramp.stages, [{ value: 150, label: '2026' }]);
  // The schema beside the built package, as a path from the output's folder.
  assert.equal(
    JSON.parse(readFileSync(join(dir, json.$schema), 'utf8')).title,
    'Lede article data',
  );
  assert.match(result.stderr, /line 1: from deal\/amount "\$1\.6 billion"/);
  assert.match(result.stderr, /line 2: from ramp\/stages\/0\/value "150 MW"/);
});

test('lede-widgets suggest - reads standard input, writes standard output, and --notes as JSON', () => {
  const notes = join(dir, 'notes.json');
  const result = run(
    ['suggest', '-', '--locale', 'fr-CA', '--notes', notes],
    'Le site aura plus de 240 mégawatts.',
  );
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout).ramp.stages, [{ value: 240, atLeast: true }]);
  const written = JSON.parse(readFileSync(notes, 'utf8'));
  assert.deepEqual(written.find((n) => n.field === '/stages/0/atLeast')?.quote, 'plus de');
});

test('lede-widgets suggest exits with 2 for a bad command line and 1 for an unreadable article', () => {
  for (const args of [
    ['suggest'],
    ['suggest', article, '--locale', 'de'],
    ['suggest', article, '--nope'],
    ['suggest', article, article],
  ]) {
    const result = run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, /^lede-widgets: /);
  }
  const missing = run(['suggest', join(dir, 'missing.txt')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read/);
});

test('lede-widgets suggest --help describes the command', () => {
  const result = run(['suggest', '--help']);
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage: lede-widgets suggest <article\.txt\|->/);
});
