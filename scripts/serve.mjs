// Serves the gallery of stories and the builder page (TypeScript compiled on the fly) and prints
// their addresses.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countriesAsTs, staticRenders } from './dev-middleware.mjs';
import { commonJsPackages } from './dev-commonjs.mjs';

const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    nodeResolve: true,
    middleware: [countriesAsTs, staticRenders],
    plugins: [
      esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
      commonJsPackages,
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const base = `http://localhost:${server.config.port}`;
console.log(`Lede gallery: ${base}/stories/`);
console.log(`Lede builder: ${base}/builder/`);
console.log('Press Ctrl+C to stop.');
