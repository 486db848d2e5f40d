// Dev server and test runner: CommonJS packages the source imports (the kanji numeral reader of
// suggest()), served as ES modules converted by esbuild, as the build does (rollup.config.mjs).
import { createRequire } from 'node:module';
import { build } from 'esbuild';

/** Package name → the named exports the source imports from it. */
const PACKAGES = { '@geolonia/japanese-numeral': ['kanji2number'] };
const PREFIX = '/__lede/commonjs/';
const converted = new Map();

async function convert(name) {
  const path = createRequire(import.meta.url).resolve(name);
  const result = await build({
    stdin: {
      contents: `export { ${PACKAGES[name].join(', ')} } from ${JSON.stringify(path)};`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  return result.outputFiles[0].text;
}

/** A @web/dev-server plugin. */
export const commonJsPackages = {
  name: 'lede-commonjs-packages',
  resolveImport: ({ source }) => (source in PACKAGES ? `${PREFIX}${source}.js` : undefined),
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return undefined;
    const name = context.path.slice(PREFIX.length).replace(/\.js$/, '');
    if (!(name in PACKAGES)) return undefined;
    if (!converted.has(name)) converted.set(name, await convert(name));
    return { body: converted.get(name), type: 'js' };
  },
};
