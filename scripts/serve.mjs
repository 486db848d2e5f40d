// Serves the gallery of stories (TypeScript compiled on the fly) and prints its address.
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countriesAsTs, staticRenders } from './dev-middleware.mjs';

const port = Number(process.env.PORT) || 8000;

const server = await startDevServer({
  config: {
    rootDir: '.',
    port,
    nodeResolve: true,
    middleware: [countriesAsTs, staticRenders],
    plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

const url = `http://localhost:${server.config.port}/stories/`;
console.log(`Lede gallery: ${url}`);
console.log('Press Ctrl+C to stop.');
