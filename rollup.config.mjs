// Two builds from one source tree:
// - npm: ES modules one-to-one with src/ (lit, d3 and topojson stay external), for bundlers;
// - script tags: self-contained minified bundles, dist/lede.js with every widget and
//   dist/bundles/<widget>.js with one, the latter measured against the size budgets.
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

export const widgets = ['power-ramp-gauge'];

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
const external = (id) => /^(lit|@lit\/|@lit-labs\/|d3-|topojson-)/.test(id);
const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    format: { comments: false },
  });

const scriptBundle = (input, file) => ({
  input,
  plugins: [nodeResolve(), typescript(), minifyLiterals({ failOnError: true }), minify()],
  output: { file, format: 'es', sourcemap: true },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(widgets.map((w) => [`${w}/define`, `src/${w}/define.ts`])),
    },
    external,
    plugins: [typescript()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  scriptBundle('src/define.ts', 'dist/lede.js'),
  ...widgets.map((w) => scriptBundle(`src/${w}/define.ts`, `dist/bundles/${w}.js`)),
];
