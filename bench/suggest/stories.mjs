// A folder of stories in, `{ id, lang, text, expected }` per story out, in file-name order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the stories of a folder: each `NN-slug.LANG.txt` with the expected article of
 * `NN-slug.LANG.json` beside it.
 * @param {string} dir the folder
 * @returns {{ id: string, lang: string, text: string, expected: object }[]}
 */
export function readStories(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      return {
        id,
        lang: id.split('.').at(-1),
        text: readFileSync(join(dir, name), 'utf8'),
        expected: JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')),
      };
    });
}
