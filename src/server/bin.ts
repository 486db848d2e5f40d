// The `lede-widgets` command (package.json "bin"). Everything it does is in cli.ts.
import { readFileSync } from 'node:fs';
import { main } from './cli.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
main(process.argv.slice(2), pkg.version).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`lede-widgets: internal error: ${String(error)}\n`);
    process.exitCode = 70;
  },
);
