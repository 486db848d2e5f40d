// A consumer's view of the packed package: its declarations compile under `tsc --strict` (with
// skipLibCheck off) with nothing installed but the package and its dependencies, from every entry
// alone; the framework typings type the elements' fields and events; and the outline modules are
// imported in a way bundlers follow (each reached by a static import()).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const modules = join(root, 'node_modules');
const tsc = join(modules, 'typescript/bin/tsc');
let dir;

/** Links `name` and every package it depends on from the repository's node_modules. */
function link(name, into, done = new Set()) {
  if (done.has(name)) return;
  done.add(name);
  const from = join(modules, name);
  const to = join(into, name);
  mkdirSync(dirname(to), { recursive: true });
  if (!existsSync(to)) symlinkSync(from, to, 'dir');
  const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8'));
  for (const dep of Object.keys(manifest.dependencies ?? {})) link(dep, into, done);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'lede-consumer-'));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const into = join(dir, 'node_modules');
  mkdirSync(join(into, 'lede-widgets'), { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(dir, pack.filename),
    '-C',
    join(into, 'lede-widgets'),
    '--strip-components=1',
  ]);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dep of Object.keys(manifest.dependencies)) link(dep, into);
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Type-checks `files` ({ name: source }) in the consumer, with `frameworks` linked too. */
function check(files, frameworks = []) {
  const work = mkdtempSync(join(dir, 'app-'));
  const into = join(dir, 'node_modules');
  for (const name of frameworks) link(name, into);
  for (const [name, source] of Object.entries(files)) writeFileSync(join(work, name), source);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        skipLibCheck: false,
        noEmit: true,
        types: [],
      },
      include: Object.keys(files),
    }),
  );
  const run = spawnSync(process.execPath, [tsc, '-p', work], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stdout + run.stderr };
}

// Files a consumer writes: each must compile.
const entries = ['', '/define', '/power-ramp-gauge', '/site-map', '/deal-value-card', '/server'];
const good = {
  ...Object.fromEntries(
    entries.map((entry, i) => [`entry${i}.ts`, `import 'lede-widgets${entry}';\nexport {};\n`]),
  ),
  // One widget entry alone brings its fields' and events' types.
  'map.ts': `import 'lede-widgets/site-map';
import type { SiteInput, LedeErrorEvent } from 'lede-widgets/site-map';
const map = document.createElement('lede-site-map');
const sites: SiteInput[] = [{ name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' }];
map.sites = sites;
map.addEventListener('lede-error', (event) => {
  const count: number = event.detail.issues.length;
  const same: LedeErrorEvent = event;
  console.log(count, same.type);
});
map.addEventListener('lede-select', (event) => console.log(event.detail.site.name));
`,
  'app.tsx': `import type {} from 'lede-widgets/react-jsx';
export const ramp = (
  <lede-power-ramp-gauge
    heading="Sakai"
    unit="MW"
    stages={[{ value: 150, label: '2026' }]}
    onlede-error={(event) => console.log(event.detail.issues.length)}
  />
);
export const map = (
  <lede-site-map region="JP" sites={[]} onlede-select={(event) => console.log(event.detail.site.name)} />
);
export const card = <lede-deal-value-card amount={1e11} currency="JPY" className="deal" />;
`,
  'react-app.tsx': `import { PowerRampGauge, SiteMap } from 'lede-widgets/react';
export const ramp = <PowerRampGauge stages={[{ value: 150 }]} onError={(e) => e.detail.issues} />;
export const map = <SiteMap region="JP" onSelect={(event) => console.log(event.detail.site.name)} />;
`,
  'vue-app.ts': `import type {} from 'lede-widgets/vue';
import type { GlobalComponents } from 'vue';
type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];
export const gauge: Props<'lede-power-ramp-gauge'> = {
  stages: [{ value: 150 }],
  onLedeReady: (event) => console.log(event.type),
};
export const map: Props<'lede-site-map'> = {
  region: 'JP',
  onLedeSelect: (event) => console.log(event.detail.site.name),
};
`,
  'svelte-app.ts': `import type {} from 'lede-widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
export const card: SvelteHTMLElements['lede-deal-value-card'] = {
  amount: 1e11,
  currency: 'JPY',
  compare: [{ label: 'OpenAI', amount: 25e9, currency: 'USD' }],
  'onlede-error': (event) => console.log(event.detail.issues),
};
export const map: SvelteHTMLElements['lede-site-map'] = {
  'onlede-select': (event) => console.log(event.detail.site.name),
};
`,
};

// Files with a mistake a consumer could make: each must fail, so the types are not 'any'.
const bad = {
  'wrong-field.ts': `import 'lede-widgets/site-map';
document.createElement('lede-site-map').sites = 5;
`,
  'wrong-detail.ts': `import 'lede-widgets/deal-value-card';
const card = document.createElement('lede-deal-value-card');
card.addEventListener('lede-error', (event) => console.log(event.detail.nothing));
`,
  'wrong-react.tsx': `import type {} from 'lede-widgets/react-jsx';
export const x = <lede-power-ramp-gauge stages={5} />;
`,
  'wrong-vue.ts': `import type {} from 'lede-widgets/vue';
import type { GlobalComponents } from 'vue';
export const x: InstanceType<GlobalComponents['lede-site-map']>['$props'] = { sites: 5 };
`,
  'wrong-svelte.ts': `import type {} from 'lede-widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
export const x: SvelteHTMLElements['lede-deal-value-card'] = { compare: 5 };
`,
};
const frameworks = ['@types/react', '@lit/react', 'vue', 'svelte'];

test('every entry compiles alone under tsc --strict, and its types reach a consumer', () => {
  // The entries first with nothing but the package installed, then with the frameworks' types.
  const alone = Object.fromEntries(
    Object.entries(good).filter(([name]) => /^(entry|map)/.test(name)),
  );
  const first = check(alone);
  assert.ok(first.ok, first.output);
  const { ok, output } = check(good, frameworks);
  assert.ok(ok, output);
});

test('a wrong field or event detail is a type error in TypeScript, React, Vue and Svelte', () => {
  const { ok, output } = check(bad, frameworks);
  assert.ok(!ok);
  for (const file of Object.keys(bad)) {
    // Each fails on the mistake (a wrong type, an unknown property), not on a missing module.
    const errors = output.split('\n').filter((line) => line.includes(`/${file}(`));
    assert.ok(errors.length > 0, `${file} fails`);
    for (const line of errors) assert.match(line, /error TS(2322|2339):/, line);
  }
});

test('every outline in the package is reached by a static import() that bundlers follow', () => {
  const pkg = join(dir, 'node_modules/lede-widgets/dist');
  const source = readFileSync(join(pkg, 'outlines.js'), 'utf8');
  const imported = [...source.matchAll(/import\('\.\/countries\/([A-Z]{3})\.js'\)/g)].map(
    (m) => m[1],
  );
  const shipped = readdirSync(join(pkg, 'countries'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, 3));
  assert.ok(shipped.length > 200, `${shipped.length} outlines`);
  assert.deepEqual([...imported].sort(), [...shipped].sort());
  assert.doesNotMatch(source, /import\(`/, 'no template-literal import()');
});

test("a framework's synchronous server render draws the map's outline and markers", async () => {
  // As Lit integrations do (Astro's): the element rendered at once, its outline never preloaded.
  const { render } = await import('@lit-labs/ssr');
  const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  await import('../../dist/site-map/define.js');
  const sites = [
    { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' },
    { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating' },
  ];
  const out = collectResultSync(
    render(html`<lede-site-map region="JP" layout-width="640" .sites=${sites}></lede-site-map>`),
  );
  assert.equal(out.match(/part="marker"/g)?.length, 2, 'both markers drawn');
  assert.match(out, /part="land"/, 'the outline drawn');
});
