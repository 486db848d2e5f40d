// Checks the built package: size budgets, entry points and the custom elements manifest.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { budgets } from '../../scripts/budgets.mjs';
import { measure, measureCore } from '../../scripts/size.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

for (const [file, budget] of Object.entries(budgets.total)) {
  test(`${file} stays within ${budget / 1024} KB min+gzip`, () => {
    const { gzip } = measure(file);
    assert.ok(gzip <= budget, `${file} is ${gzip} bytes min+gzip, over its budget of ${budget}`);
  });
}

for (const [file, budget] of Object.entries(budgets.overCore)) {
  test(`${file} adds at most ${budget / 1024} KB min+gzip to the shared core`, async () => {
    const over = measure(file).gzip - (await measureCore());
    assert.ok(over <= budget, `${file} adds ${over} bytes min+gzip to the core, over ${budget}`);
  });
}

test("the README's size table gives the built sizes and the guards", async () => {
  const readme = readFileSync('README.md', 'utf8');
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const core = kb(await measureCore());
  const files = [...Object.keys(budgets.total), ...Object.keys(budgets.overCore)];
  for (const file of new Set(files)) {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    assert.ok(row, `the README's size table has a row for ${file}`);
    const [size, guard] = row.split('|').slice(2, 4);
    assert.equal(size.match(/[\d.]+ KB/)[0], kb(measure(file).gzip), `${file}: ${row}`);
    if (budgets.overCore[file]) assert.ok(size.includes(`core ${core}`), `${file}: ${row}`);
    if (budgets.total[file]) {
      const [written] = guard.match(/[\d.]+(?= KB)/);
      assert.equal(Number(written), budgets.total[file] / 1024, `${file}: ${row}`);
    }
  }
  assert.ok(readme.includes(`three languages) ${core}.`), `the README gives the core as ${core}`);
});

test('every export of package.json points at a built file', () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.ok(existsSync(path), `${name} → ${path} is missing`);
  }
});

test('the manifest documents the gauge: attributes, events, parts, CSS properties', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const gauge = declarations.find((d) => d.tagName === 'lede-power-ramp-gauge');
  assert.ok(gauge, 'lede-power-ramp-gauge is in custom-elements.json');
  const attributes = gauge.attributes.map((a) => a.name);
  for (const name of [
    'stages',
    'unit',
    'display-unit',
    'max',
    'current',
    'heading',
    'source',
    'locale',
    'theme',
    'no-animation',
  ]) {
    assert.ok(attributes.includes(name), `attribute ${name} is documented`);
  }
  assert.deepEqual(gauge.events.map((e) => e.name).sort(), ['lede-error', 'lede-ready']);
  const parts = gauge.cssParts.map((p) => p.name);
  for (const name of [
    'frame',
    'heading',
    'chart',
    'svg',
    'track',
    'value',
    'planned',
    'marker',
    'figure',
    'error',
    'source',
    'table',
  ]) {
    assert.ok(parts.includes(name), `part ${name} is documented`);
  }
  assert.ok(gauge.cssProperties.some((p) => p.name === '--lede-color-accent'));
});

test('the package root reaches no module that registers an element', () => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /defineElement\(['"]lede-/, `${file} registers an element`);
    for (const [, path] of source.matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)) {
      visit(
        new URL(path, `file://${process.cwd()}/${file}`).pathname.slice(process.cwd().length + 1),
      );
    }
  };
  visit('dist/index.js');
  assert.ok(seen.size > 5, 'the walk followed the imports');
});

test('every --lede-* custom property the styles read is documented, and none is documented unused', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync('src', { recursive: true }).filter((f) => f.endsWith('.ts'));
  const used = new Set();
  for (const file of files) {
    for (const [, name] of readFileSync(`src/${file}`, 'utf8').matchAll(
      /var\((--lede-[a-z0-9-]+)/g,
    )) {
      used.add(name);
    }
  }
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName?.startsWith('lede-'));
  const documented = new Set(elements.flatMap((e) => e.cssProperties.map((p) => p.name)));
  assert.deepEqual([...used].sort(), [...documented].sort());
});

test('the manifest documents the site map: attributes, events, parts', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const map = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'lede-site-map');
  assert.ok(map, 'lede-site-map is in custom-elements.json');
  const attributes = map.attributes.map((a) => a.name);
  for (const name of [
    'region',
    'sites',
    'highlight',
    'projection',
    'heading',
    'source',
    'locale',
    'theme',
  ]) {
    assert.ok(attributes.includes(name), `attribute ${name} is documented`);
  }
  assert.deepEqual(map.events.map((e) => e.name).sort(), [
    'lede-error',
    'lede-ready',
    'lede-select',
  ]);
  const parts = map.cssParts.map((p) => p.name).sort();
  assert.deepEqual(parts, [
    'callout',
    'chart',
    'error',
    'frame',
    'heading',
    'key',
    'label',
    'land',
    'legend',
    'list',
    'marker',
    'neighbours',
    'placeholder',
    'source',
    'svg',
    'water',
  ]);
});

test('the manifest documents the deal card: attributes and parts', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const card = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'lede-deal-value-card');
  assert.ok(card, 'lede-deal-value-card is in custom-elements.json');
  const attributes = card.attributes.map((a) => a.name);
  for (const name of [
    'amount',
    'currency',
    'converted-amount',
    'converted-currency',
    'label',
    'buyer',
    'seller',
    'date',
    'compare',
    'precision',
  ]) {
    assert.ok(attributes.includes(name), `attribute ${name} is documented`);
  }
  assert.deepEqual(card.events.map((e) => e.name).sort(), ['lede-error', 'lede-ready']);
});

test('on-demand chunks import nothing, so a renamed or fingerprinted bundle stays one copy', () => {
  const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js'));
  assert.ok(chunks.length > 0, 'the script bundles have an on-demand chunk');
  for (const file of chunks) {
    const code = readFileSync(`dist/chunks/${file}`, 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[{*"'(]|\bfrom\s*["']/, file);
  }
});

test('every widget documents the shared parts, CSS properties, data attributes and events', () => {
  const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
  const widgets = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.equal(widgets.length, 3);
  for (const widget of widgets) {
    const names = (list) => (list ?? []).map((x) => x.name);
    const tag = widget.tagName;
    for (const name of [
      'locale',
      'theme',
      'heading',
      'source',
      'no-animation',
      'src',
      'loading',
      'layout-width',
    ]) {
      assert.ok(names(widget.attributes).includes(name), `${tag}: attribute ${name}`);
    }
    for (const name of ['frame', 'heading', 'chart', 'placeholder', 'error', 'source']) {
      assert.ok(names(widget.cssParts).includes(name), `${tag}: part ${name}`);
    }
    for (const name of [
      '--lede-font-family',
      '--lede-color-text',
      '--lede-color-muted',
      '--lede-color-background',
      '--lede-color-error',
      '--lede-padding',
    ]) {
      assert.ok(names(widget.cssProperties).includes(name), `${tag}: CSS property ${name}`);
    }
    assert.ok(names(widget.events).includes('lede-ready'), `${tag}: event lede-ready`);
    assert.ok(names(widget.events).includes('lede-error'), `${tag}: event lede-error`);
    assert.equal(widget.slots?.length, 1, `${tag}: the JSON data child slot`);
    for (const member of (widget.members ?? []).filter((m) => m.privacy === 'public')) {
      assert.ok(member.description, `${tag}: property ${member.name} has a description`);
    }
  }
});
