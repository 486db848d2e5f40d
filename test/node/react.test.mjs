// Checks `lede-widgets/react` as built: the entry and its 'use client' marker, a server render of
// each component through react-dom/server, and the props' types in a consumer's TSX. Needs
// `npm run build` first.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const sakai = JSON.parse(readFileSync(join(ROOT, 'dist/schema/sakai.json'), 'utf8'));

test('lede-widgets/react is an export whose module starts with "use client"', () => {
  assert.deepEqual(pkg.exports['./react'], {
    types: './dist/react.d.ts',
    default: './dist/react.js',
  });
  const code = readFileSync(join(ROOT, 'dist/react.js'), 'utf8');
  assert.match(code, /^'use client';\n/);
  assert.equal(pkg.peerDependenciesMeta.react.optional, true, 'react is an optional peer');
  // Apps without React install neither @lit/react nor the React types it asks for.
  assert.equal(pkg.peerDependenciesMeta['@lit/react'].optional, true, '@lit/react is optional');
  assert.equal(pkg.dependencies['@lit/react'], undefined, '@lit/react is not a dependency');
});

test('the script-tag bundles hold none of the React components', () => {
  const bundles = readdirSync(join(ROOT, 'dist')).filter((f) => /^lede.*\.js$/.test(f));
  assert.equal(bundles.length, 4, 'lede.js and one bundle per widget');
  for (const file of bundles) {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.ok(!/useLayoutEffect|forwardRef|displayName/.test(code), `${file} holds React code`);
  }
});

test('importing lede-widgets/react registers no element', async () => {
  const react = await import('lede-widgets/react');
  assert.deepEqual(Object.keys(react).sort(), ['DealValueCard', 'PowerRampGauge', 'SiteMap']);
  for (const tag of ['lede-power-ramp-gauge', 'lede-site-map', 'lede-deal-value-card'])
    assert.equal(globalThis.customElements?.get(tag), undefined, `${tag} is not registered`);
});

test('importing lede-widgets/react puts every field on the prototypes, so @lit/react sets them as properties', async () => {
  await import('lede-widgets/react');
  const { LedePowerRampGauge, LedeSiteMap, LedeDealValueCard } = await import('lede-widgets');
  // Lit creates these accessors at registration otherwise, after React's first render (and
  // hydration) has passed `stages` as an attribute that React 19 then drops.
  for (const [element, fields] of [
    [LedePowerRampGauge, ['stages', 'unit', 'heading']],
    [LedeSiteMap, ['sites', 'region']],
    [LedeDealValueCard, ['compare', 'convertedAmount']],
  ])
    for (const field of fields) assert.ok(field in element.prototype, `${element.name}.${field}`);
});

test('renderToString(<PowerRampGauge>, <SiteMap>, <DealValueCard>) writes each tag, no array as text', async () => {
  const { PowerRampGauge, SiteMap, DealValueCard } = await import('lede-widgets/react');
  const html = renderToString(
    createElement(
      'div',
      null,
      createElement(PowerRampGauge, { ...sakai.ramp, id: 'ramp', onReady: () => {} }),
      createElement(SiteMap, { ...sakai.sites, onSelect: () => {} }),
      createElement(DealValueCard, sakai.deal),
    ),
  );
  for (const tag of ['lede-power-ramp-gauge', 'lede-site-map', 'lede-deal-value-card'])
    assert.match(html, new RegExp(`<${tag}[ >]`), tag);
  assert.match(html, /<lede-power-ramp-gauge id="ramp"/, 'other props pass through');
  assert.doesNotMatch(html, /\[object Object\]|onReady|onSelect/);
});

/** TypeScript's diagnostics for a TSX file that imports lede-widgets/react, as an app has it. */
function typeCheck(source) {
  // Inside the package, so that `lede-widgets/react` resolves to its own exports.
  const dir = mkdtempSync(join(ROOT, 'test/node/.react-consumer-'));
  try {
    const file = join(dir, 'app.tsx');
    writeFileSync(file, source);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      jsx: ts.JsxEmit.ReactJSX,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      skipLibCheck: true,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the components type their data props and their events', () => {
  const errors = typeCheck(`
import { PowerRampGauge, SiteMap, DealValueCard } from 'lede-widgets/react';

export const ok = (
  <>
    <PowerRampGauge
      heading="Sakai"
      unit="MW"
      stages={[{ value: 150, label: '2026' }]}
      onReady={(event) => event.target}
      onError={(event) => event.detail.issues.map((i) => i.message)}
    />
    <SiteMap region="JP" sites={[]} onSelect={(event) => event.detail.site.name} />
    <DealValueCard amount={1} currency="JPY" compare={[]} />
  </>
);
// @ts-expect-error stages is an array of stages (or its JSON text), not a number
export const badStages = <PowerRampGauge stages={42} />;
// @ts-expect-error lede-select's detail holds the site, nothing else
export const badDetail = <SiteMap onSelect={(event) => event.detail.marker} />;
// @ts-expect-error a card's compare is an array of comparisons (or its JSON text)
export const badCompare = <DealValueCard compare={{ label: 'x' }} />;
`);
  assert.deepEqual(errors, []);
});
