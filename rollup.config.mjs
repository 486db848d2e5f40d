// Two builds from one source tree:
// - npm: ES modules one-to-one with src/ (lit and d3 stay external), for bundlers, including one
//   module per country outline in dist/countries/;
// - script tags: self-contained minified bundles in dist/, `lede.js` with every widget and
//   `lede-<widget>.js` with one. They fetch outlines from dist/countries/ with import() when a map
//   of that country is on the page, so both builds share one copy of the outlines.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { build as esbuildBuild } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

export const widgets = ['power-ramp-gauge', 'site-map', 'deal-value-card'];

const countries = readdirSync('src/countries').map((f) => f.replace(/\.ts$/, ''));
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const external = (id) => /^(lit|@lit\/|@lit-labs\/|d3-|@resvg\/|fontkit$|react$|node:)/.test(id);
const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    // Licence notices of bundled code (Lit, BudouX) stay; other comments go.
    format: { comments: /@license/ },
  });
// The script-tag bundles' outline import is a runtime path on purpose (see src/load-region.ts).
// `'use client'` in src/react.ts is put back by the npm build's banner.
const onwarn = (warning, warn) => {
  if (
    warning.code !== 'UNRESOLVED_IMPORT' &&
    warning.code !== 'MODULE_LEVEL_DIRECTIVE' &&
    !/dynamic import/i.test(warning.message)
  )
    warn(warning);
};

// Script-tag bundles ship their source maps with the sources embedded, each source named by its
// path in the package (`lede-widgets/src/…`, `lede-widgets/node_modules/…`) instead of a `../`
// path that would climb out of the installed package.
const root = dirname(fileURLToPath(import.meta.url));
const sourcemapPathTransform = (source, mapFile) => {
  const path = relative(root, resolve(dirname(mapFile), source));
  return `lede-widgets/${path.split(sep).join('/')}`;
};

// Lit's hydration support for the script-tag bundles, built once as a self-contained file (with its
// own copy of lit-html) that imports nothing: a bundle renamed or fingerprinted by a CMS still
// loads it, where a chunk importing the bundle by its built name would load a second copy of
// Lede. Only pages holding server-rendered widgets fetch it. Its name is known once it is built.
let hydrationFile;
const hydrationChunk = {
  input: 'src/core/element/hydrate-support.ts',
  onwarn,
  plugins: [
    nodeResolve(),
    typescript(),
    minify(),
    {
      name: 'hydration-name',
      generateBundle: (_, bundle) =>
        void (hydrationFile = Object.keys(bundle).find((f) => f.endsWith('.js'))),
    },
  ],
  output: {
    dir: 'dist/chunks',
    entryFileNames: 'hydrate-support-[hash].js',
    format: 'es',
    sourcemap: true,
    sourcemapExcludeSources: false,
    sourcemapPathTransform,
  },
};
/** Points the bundles' on-demand import of the hydration support at that file. */
const useHydrationChunk = {
  name: 'use-hydration-chunk',
  resolveDynamicImport(specifier, importer) {
    if (specifier !== './hydrate-support.js' || !importer?.endsWith('define.ts')) return null;
    return { id: `./chunks/${hydrationFile}`, external: true };
  },
};

/**
 * BudouX's DOM module for browsers (its package maps it in `browser`, which the resolver does not
 * apply inside a package with `exports`): the Node one imports linkedom, which a browser needs not.
 */
const budouxForBrowsers = {
  name: 'budoux-for-browsers',
  resolveId: (specifier, importer) =>
    specifier === './dom.js' && /[/\\]budoux[/\\]module[/\\]/.test(importer ?? '')
      ? resolve(dirname(importer), 'dom-browser.js')
      : null,
};

/**
 * The npm build's Japanese phrase module is built on its own, with BudouX (a development
 * dependency) inside it: installing the package brings no BudouX and none of its own dependencies,
 * and browsers and Node load the same file. The modules that load it import it as it is.
 */
const JAPANESE = /(^|[/\\])japanese\.js$/;
const japaneseModule = {
  input: 'src/core/element/japanese.ts',
  onwarn,
  plugins: [budouxForBrowsers, nodeResolve(), typescript()],
  output: { file: 'dist/core/element/japanese.js', format: 'es', sourcemap: false },
};
/**
 * A CommonJS package as an ES module with the named exports given, converted by esbuild in
 * memory (rollup alone reads ES modules only). Exported for other builds of src/suggest/ (the
 * builder page): `commonJs('@geolonia/japanese-numeral', ['kanji2number'])`.
 */
export const commonJs = (name, exports) => {
  const id = `\0commonjs:${name}`;
  return {
    name: 'commonjs-package',
    resolveId: (specifier) => (specifier === name ? id : null),
    load: async (loaded) => {
      if (loaded !== id) return null;
      const path = createRequire(import.meta.url).resolve(name);
      const result = await esbuildBuild({
        stdin: {
          contents: `export { ${exports.join(', ')} } from ${JSON.stringify(path)};`,
          resolveDir: root,
        },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
      });
      return result.outputFiles[0].text;
    },
  };
};

/**
 * `lede-widgets/suggest`, an author's tool, built on its own like the Japanese module: chrono-node
 * (its en, fr and ja parsers only), the kanji numeral reader and the gazetteer are bundled into
 * it, so installing the package brings none of them, and no reader bundle imports it. No `node:`
 * import: the builder page runs the same code in browsers.
 */
const suggestModule = {
  input: 'src/suggest/index.ts',
  onwarn,
  plugins: [commonJs('@geolonia/japanese-numeral', ['kanji2number']), nodeResolve(), typescript()],
  output: { file: 'dist/suggest/index.js', format: 'es', sourcemap: false },
};

/** The npm build's command line imports `lede-widgets/suggest` as built by suggestModule. */
const suggestAsIs = {
  name: 'suggest-as-is',
  resolveDynamicImport: (specifier, importer) =>
    specifier === '../suggest/index.js' && importer?.endsWith('suggest-cli.ts')
      ? { id: specifier, external: true }
      : null,
};
const japaneseAsIs = {
  name: 'japanese-as-is',
  resolveDynamicImport: (specifier) =>
    typeof specifier === 'string' && JAPANESE.test(specifier)
      ? { id: specifier, external: true }
      : null,
};

/**
 * Outlines in the npm build: src/outlines.ts imports each one as `./countries/XXX.js`, the file the
 * outlines build writes; kept as written, so the package holds each outline once and a bundler
 * that builds an app takes each for a chunk of its own.
 */
const OUTLINE = /^\.\/countries\/[A-Z]{3}\.js$/;
const outlinesAsIs = {
  name: 'outlines-as-is',
  resolveDynamicImport: (specifier, importer) =>
    typeof specifier === 'string' && OUTLINE.test(specifier) && importer?.endsWith('outlines.ts')
      ? { id: specifier, external: true }
      : null,
};
/**
 * Outlines in the script-tag bundles: fetched at run time from `countries/` beside the bundle,
 * wherever it is hosted, in place of the import list (which would make each bundle carry 239
 * chunks of its own).
 */
const OUTLINES_AT_RUN_TIME = '\0lede-outlines-at-run-time';
const outlinesAtRunTime = {
  name: 'outlines-at-run-time',
  resolveId: (specifier, importer) =>
    specifier === './outlines.js' && importer?.endsWith('load-region.ts')
      ? OUTLINES_AT_RUN_TIME
      : null,
  load: (id) =>
    id === OUTLINES_AT_RUN_TIME
      ? 'export const importOutline = (alpha3) => import(`./countries/${alpha3}.js`);'
      : null,
};

const scriptBundle = (file, input) => ({
  input,
  onwarn,
  // The on-demand chunk imports shared code from the bundle itself, not from a third file.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    outlinesAtRunTime,
    useHydrationChunk,
    budouxForBrowsers,
    nodeResolve(),
    typescript(),
    minifyLiterals({ failOnError: true }),
    minify(),
  ],
  output: {
    dir: 'dist',
    entryFileNames: file,
    // Code only some pages need (reading a `src` document) is a chunk the bundle imports on demand.
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
    sourcemapExcludeSources: false,
    sourcemapPathTransform,
  },
});

/**
 * The builder page, dist/builder/: index.html, its stylesheet, the article schema, and one script
 * with the widgets inside; suggest() (with chrono-node and the gazetteer) is a chunk it loads on
 * first use, and each country outline a chunk the maps load when they draw that country. Relative
 * URLs only, so the folder can be hosted anywhere.
 */
const builderFiles = {
  name: 'builder-files',
  generateBundle() {
    // dist/builder/ sits beside dist/lede.js, which the copied embed code loads by default.
    const page = readFileSync('builder/index.html', 'utf8')
      .replace('src="../src/builder/main.ts"', 'src="./builder.js"')
      .replace('content="../dist/lede.js"', 'content="../lede.js"');
    this.emitFile({ type: 'asset', fileName: 'index.html', source: page });
    this.emitFile({
      type: 'asset',
      fileName: 'builder.css',
      source: readFileSync('builder/builder.css', 'utf8'),
    });
    this.emitFile({
      type: 'asset',
      fileName: 'article.schema.json',
      source: readFileSync('schema/article.schema.json', 'utf8'),
    });
  },
};
const builderPage = {
  input: 'src/builder/main.ts',
  onwarn,
  plugins: [
    commonJs('@geolonia/japanese-numeral', ['kanji2number']),
    budouxForBrowsers,
    nodeResolve(),
    typescript(),
    minifyLiterals({ failOnError: true }),
    minify(),
    builderFiles,
  ],
  output: {
    dir: 'dist/builder',
    entryFileNames: 'builder.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: false,
  },
};

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'server/index': 'src/server/index.ts',
      'server/bin': 'src/server/bin.ts',
      // React components: an npm entry only, never in the script-tag bundles.
      react: 'src/react.ts',
      // Bundled into the Japanese module too; built on its own for tests of the npm build.
      'core/layout/figures': 'src/core/layout/figures.ts',
      // Type-only entries (framework typings): empty modules, so that importing one by mistake
      // at run time still works.
      'frameworks/react-jsx': 'src/frameworks/react-jsx.ts',
      'frameworks/vue': 'src/frameworks/vue.ts',
      'frameworks/svelte': 'src/frameworks/svelte.ts',
      ...Object.fromEntries(widgets.map((w) => [`${w}/define`, `src/${w}/define.ts`])),
    },
    external,
    onwarn,
    // Templates minified as in the script-tag bundles: a server render made with these modules
    // must carry the same template strings as the browser build that takes it over.
    plugins: [
      japaneseAsIs,
      suggestAsIs,
      outlinesAsIs,
      typescript(),
      minifyLiterals({ failOnError: true }),
    ],
    // Keeps `./japanese.js` as written: it is built beside the importer by japaneseModule.
    makeAbsoluteExternalsRelative: false,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // Rollup drops module-level directives; Next.js needs `'use client'` first in the file to
      // let server components render the React components.
      banner: (chunk) =>
        ({ 'server/bin.js': '#!/usr/bin/env node', 'react.js': "'use client';" })[chunk.fileName] ??
        '',
      // No source maps: they would point at src/, which the package does not ship.
      sourcemap: false,
    },
  },
  // Outlines: plain data modules, without source maps (they would triple the package's size).
  {
    input: Object.fromEntries(countries.map((c) => [c, `src/countries/${c}.ts`])),
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: true })],
    output: { dir: 'dist/countries', format: 'es' },
  },
  japaneseModule,
  suggestModule,
  builderPage,
  hydrationChunk,
  scriptBundle('lede.js', 'src/define.ts'),
  ...widgets.map((w) => scriptBundle(`lede-${w}.js`, `src/${w}/define.ts`)),
];
