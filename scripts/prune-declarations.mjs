// tsc writes a declaration for every outline module that src/outlines.ts imports; nothing refers to
// them (dist/outlines.d.ts types each import as Promise<unknown>), so the package leaves them out.
import { readdirSync, rmSync } from 'node:fs';

const countries = new URL('../dist/countries/', import.meta.url);
for (const file of readdirSync(countries)) {
  if (file.endsWith('.d.ts')) rmSync(new URL(file, countries));
}
