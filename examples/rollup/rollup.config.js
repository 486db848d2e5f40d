// Rollup's usual plugins for an app: node-resolve finds packages in node_modules, json reads
// `lede-widgets/sakai.json`, terser minifies for production. Each country outline becomes a chunk
// of its own, loaded only by a map that shows that country.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'main.js',
  output: { dir: 'dist', format: 'es' },
  plugins: [nodeResolve(), json(), terser()],
};
