// Checks what `npm pack` would publish: the built entry points and data files are in, sources,
// tests and scripts are out, and the source maps that ship carry their sources and point inside
// the package. Also checks the VS Code HTML custom data generated from the manifest.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { test } from 'node:test';

// --ignore-scripts: list the files of the build already in dist/ without running `prepare`.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path);

test('the pack holds the entry points, the manifests, the outlines and the docs', () => {
  for (const file of [
    'dist/lede.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'package.json',
  ]) {
    assert.ok(files.includes(file), `${file} is in the pack`);
  }
  assert.ok(
    files.some((f) => /^dist\/countries\/[^/]+\.js$/.test(f)),
    'an outline from dist/countries/ is in the pack',
  );
});

test('the pack holds the article schema, its example and the data-file chunk', () => {
  assert.ok(files.includes('dist/schema/article.schema.json'), 'the schema is in the pack');
  assert.ok(files.includes('dist/schema/sakai.json'), 'the example is in the pack');
  assert.ok(
    files.some((f) => /^dist\/chunks\/source-data-[^/]+\.js$/.test(f)),
    'the on-demand chunk that reads data files is in the pack',
  );
});

test('the pack holds no sources, tests, stories, scripts or screenshots', () => {
  for (const file of files) {
    assert.doesNotMatch(file, /\.test\./, `${file} is a test`);
    assert.doesNotMatch(file, /^(src|stories|test|scripts|screenshots)\//, `${file} is not built`);
    assert.ok(!file.endsWith('.ts') || file.endsWith('.d.ts'), `${file} is TypeScript source`);
  }
});

test('every source map in the pack embeds its sources and points inside the package', () => {
  const maps = files.filter((f) => f.endsWith('.map'));
  assert.ok(maps.length > 0, 'the script-tag bundles ship source maps');
  for (const file of maps) {
    const map = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(map.sourcesContent?.length, map.sources.length, `${file} embeds every source`);
    map.sourcesContent.forEach((content, i) =>
      assert.equal(typeof content, 'string', `${file} embeds ${map.sources[i]}`),
    );
    for (const source of map.sources) {
      assert.ok(!source.startsWith('../'), `${file}: ${source} climbs out of the package`);
      assert.ok(!isAbsolute(source), `${file}: ${source} is an absolute path`);
    }
  }
});

test('the VS Code custom data documents each widget, its shared and its own attributes', () => {
  const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  assert.equal(data.version, 1.1);
  for (const [tag, own] of [
    ['lede-power-ramp-gauge', ['stages']],
    ['lede-site-map', ['sites', 'region']],
    ['lede-deal-value-card', ['amount', 'currency']],
  ]) {
    const entry = data.tags.find((t) => t.name === tag);
    assert.ok(entry, `${tag} is listed`);
    assert.ok(entry.description.trim(), `${tag} has a description`);
    for (const name of ['locale', 'theme', ...own]) {
      const attribute = entry.attributes.find((a) => a.name === name);
      assert.ok(attribute, `${tag} lists ${name}`);
      assert.ok(attribute.description.trim(), `${tag} describes ${name}`);
    }
    assert.deepEqual(
      entry.attributes.find((a) => a.name === 'theme').values,
      [{ name: 'light' }, { name: 'dark' }, { name: 'auto' }],
      `${tag} offers the themes`,
    );
  }
});

test('the package runs no script when a project installs it', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
    assert.equal(pkg.scripts?.[hook], undefined, `no ${hook} script`);
  }
});
