// Writes dist/vscode.html-custom-data.json, VS Code's HTML custom data (version 1.1), from
// dist/custom-elements.json: one tag per element with its description and attributes, so that the
// editor completes and documents <lede-*> tags in HTML files.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(
  readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8'),
);

/** `'light' | 'dark' | 'auto'` → ['light', 'dark', 'auto']; anything else → []. */
function literalUnion(type) {
  const members = (type ?? '')
    .split('|')
    .map((m) => m.trim())
    .filter((m) => m !== 'undefined' && m !== 'null');
  const literal = /^(['"])([^'"]*)\1$/;
  if (members.length === 0 || !members.every((m) => literal.test(m))) return [];
  return members.map((m) => m.match(literal)[2]);
}

/** A description opening with the allowed words, "`a`, `b` or `c`…" → ['a', 'b', 'c']. */
function listedWords(description) {
  const list = (description ?? '').match(/^`[\w-]+`(?:(?:, | or )`[\w-]+`)+/);
  return list ? [...list[0].matchAll(/`([\w-]+)`/g)].map((m) => m[1]) : [];
}

function attribute(a) {
  const entry = { name: a.name, description: a.description ?? '' };
  const values = literalUnion(a.type?.text);
  const words = values.length > 0 ? values : listedWords(a.description);
  if (words.length > 0) entry.values = words.map((name) => ({ name }));
  // A boolean attribute is written without a value: <lede-… no-animation>.
  if (a.type?.text === 'boolean') entry.valueSet = 'v';
  return entry;
}

const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => ({
    name: d.tagName,
    description: [d.summary, d.description].filter(Boolean).join('\n\n'),
    // The manifest already lists inherited attributes (with `inheritedFrom`) on each element.
    attributes: (d.attributes ?? []).filter((a) => a.name).map(attribute),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

writeFileSync(
  new URL('../dist/vscode.html-custom-data.json', import.meta.url),
  `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`,
);
