// The whole "build" of a plain page: copy it into dist/ with the package's script-tag build, as
// you would upload both to a CMS's asset store or any static host. lede.js loads its chunks/ and
// the map's countries/ (one small file per country, fetched only when a map shows it) from the
// folder it sits in, so the three are copied together.
import { cpSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const lede = dirname(fileURLToPath(import.meta.resolve('lede-widgets/lede.js')));

rmSync('dist', { recursive: true, force: true });
cpSync('index.html', 'dist/index.html');
for (const part of ['lede.js', 'chunks', 'countries']) {
  cpSync(`${lede}/${part}`, `dist/lede-widgets/${part}`, { recursive: true });
}
