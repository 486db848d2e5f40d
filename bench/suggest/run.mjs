// Scores `suggest()` on the corpus and on the held-back stories: precision and recall per field,
// in total and per language, and its speed per 1,000 words. Reads dist/, so build first.
//
//   node bench/suggest/run.mjs [--verbose] [--no-write] [--suggest=path/to/module.js]
//
// --verbose lists each corpus story's misses ("fn deal.date 2025-03-14": expected, not suggested;
// "fp": suggested, wrong or not expected), never those of the held-back stories. --suggest scores
// another module's `suggest` export instead of dist/suggest/index.js. Writes bench/suggest-results.md unless --no-write. Exits non-zero only
// when something crashes (suggest() throwing on a story included), after writing the report.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { format } from 'prettier';
import { FIELDS, addScores, precision, recall, scoreArticle } from './score.mjs';
import { readStories } from './stories.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(here, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const modulePath = args.find((a) => a.startsWith('--suggest='))?.slice('--suggest='.length);
const { suggest } = await import(
  pathToFileURL(resolve(root, modulePath ?? 'dist/suggest/index.js')).href
);
const validate = new Ajv2020({ allErrors: true }).compile(
  JSON.parse(readFileSync(join(root, 'schema/article.schema.json'), 'utf8')),
);

/** Words in a text, in any of the three languages (Japanese is segmented by ICU's dictionary). */
const countWords = (text, lang) =>
  [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike)
    .length;

/** Runs suggest() on each story three times (after the first call), keeping the median time. */
function runStories(stories) {
  return stories.map((story) => {
    const times = [];
    let result;
    let error;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      try {
        result = suggest(story.text);
      } catch (e) {
        error = e;
        break;
      }
      times.push(performance.now() - start);
    }
    const article = result?.article ?? {};
    const misses = [];
    const scores = scoreArticle(story.expected, article, misses);
    if (error) misses.unshift(`crash ${error.message}`);
    const wrongLocale = result !== undefined && result.locale !== story.lang;
    const invalid = result !== undefined && !validate(article);
    if (wrongLocale) misses.push(`locale read as ${result.locale}`);
    if (invalid) misses.push(`invalid ${JSON.stringify(validate.errors)}`);
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const perThousand =
      ms === undefined ? undefined : (ms * 1000) / countWords(story.text, story.lang);
    return { ...story, scores, misses, error, wrongLocale, invalid, perThousand };
  });
}

const percent = (value) => (value === undefined ? '–' : value.toFixed(2));
const row = (name, s) =>
  `| ${name} | ${s.tp} | ${s.fp} | ${s.fn} | ${percent(precision(s))} | ${percent(recall(s))} |`;

/** The Markdown table of one set of stories: a row per field, totals, totals per language. */
function table(results) {
  const total = {};
  const byField = {};
  const byLang = {};
  for (const r of results) {
    addScores(byField, r.scores);
    const sum = Object.values(r.scores).reduce((t, s) => addScores(t, { all: s }), {}).all;
    addScores(total, { all: sum });
    addScores((byLang[r.lang] ??= {}), { all: sum });
  }
  const lines = [
    '| field | tp | fp | fn | precision | recall |',
    '| --- | --: | --: | --: | --: | --: |',
  ];
  for (const field of FIELDS)
    lines.push(row(`\`${field}\``, byField[field] ?? { tp: 0, fp: 0, fn: 0 }));
  lines.push(row('**all fields**', total.all ?? { tp: 0, fp: 0, fn: 0 }));
  for (const lang of Object.keys(byLang).sort())
    lines.push(row(`all fields, ${lang}`, byLang[lang].all));
  return lines.join('\n');
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
};

function section(title, results, listMisses) {
  const counts = ['en', 'fr', 'ja'].map(
    (l) => `${results.filter((r) => r.lang === l).length} ${l}`,
  );
  const out = [
    `## ${title}`,
    '',
    `${results.length} stories (${counts.join(', ')}).`,
    '',
    table(results),
  ];
  const ms = median(results.map((r) => r.perThousand));
  out.push(
    '',
    `Time per 1,000 words, median over the stories: ${ms === undefined ? '–' : `${ms.toFixed(1)} ms`}.`,
  );
  const crashed = results.filter((r) => r.error).map((r) => r.id);
  if (crashed.length > 0) out.push('', `suggest() threw on: ${crashed.join(', ')}.`);
  const count = (key) => results.filter((r) => r[key]).length;
  out.push(
    '',
    `Language read wrongly: ${count('wrongLocale')} of ${results.length}. Suggestions invalid against the article schema: ${count('invalid')}.`,
  );
  if (verbose && listMisses) {
    out.push('', '### Misses', '');
    const missed = results.filter((r) => r.misses.length > 0);
    for (const r of missed) out.push(`- \`${r.id}\`: ${r.misses.join('; ')}`);
    if (missed.length === 0) out.push('None.');
  }
  return out.join('\n');
}

const corpus = readStories(join(here, 'corpus'));
const heldBack = readStories(join(here, 'held-back'));

const firstStart = performance.now();
suggest(corpus[0].text);
const firstCall = performance.now() - firstStart;

const corpusResults = runStories(corpus);
const heldBackResults = runStories(heldBack);

const report = [
  '# Benchmark: `suggest()` on the corpus',
  '',
  `${new Date().toISOString()}, \`node bench/suggest/run.mjs${verbose ? ' --verbose' : ''}\`: ${relative(
    root,
    resolve(root, modulePath ?? 'dist/suggest/index.js'),
  )}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}. Rules of scoring: bench/suggest/README.md. Each story runs three times; its time is the median.`,
  '',
  `First call (loads the gazetteer): ${firstCall.toFixed(1)} ms on \`${corpus[0].id}\`.`,
  '',
  section('Corpus', corpusResults, true),
  '',
  // The held-back stories' misses would tell what they contain: only their totals are shown.
  section('Held back', heldBackResults, false),
  '',
].join('\n');
const formatted = await format(report, {
  parser: 'markdown',
  printWidth: 100,
  proseWrap: 'preserve',
});
console.log(formatted);
if (!args.includes('--no-write')) writeFileSync(join(root, 'bench/suggest-results.md'), formatted);
if ([...corpusResults, ...heldBackResults].some((r) => r.error)) process.exitCode = 1;
