// `lede-widgets suggest`: an article's text in, the suggested article JSON out (a file or
// standard output), and the words each field came from on standard error. suggest() itself is
// imported on demand, so `render` never loads it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { SuggestNote } from '../suggest/types.js';
import { Failure, fail, oneLine, writeOut } from './cli.js';

export const SUGGEST_HELP = `Usage: lede-widgets suggest <article.txt|-> [options]

Reads a news article (plain text in English, French or Japanese) and suggests the data of
its widgets: an article JSON with the parts the text supports (ramp, sites, deal). Each
field's source words, and each question where the text is ambiguous, go to standard error.

Arguments:
  article.txt             the article as UTF-8 text; "-" reads standard input

Options:
  -l, --locale <locale>   language of the text: en, fr or ja (a region, as in fr-CA, is
                          ignored; default: told from the text)
  -o, --out <file>        write the article JSON to this file (default: standard output)
      --notes <file>      also write the notes (quotes, offsets, questions) as JSON
  -h, --help              show this help

Check every figure against its quote before publishing. A bad command line exits with
code 2; an input that cannot be read, or an output that cannot be written, with code 1.

Examples:
  lede-widgets suggest article.txt --out article.json
  pbpaste | lede-widgets suggest - --locale fr --notes notes.json > article.json
`;

/** The published schema, as a path from `from` (a directory), with forward slashes. */
function schemaPath(from: string): string {
  const schema = fileURLToPath(new URL('../schema/article.schema.json', import.meta.url));
  const path = relative(from, schema).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/** One readable line per note: its line in the text, the field, its quote, any question. */
const describeNote = (text: string, note: SuggestNote): string => {
  const line = text.slice(0, note.start).split('\n').length;
  const what = note.question ? 'question' : 'from';
  const quote = JSON.stringify(oneLine(note.quote));
  return `line ${line}: ${what} ${note.part}${note.field} ${quote}${note.question ? `: ${oneLine(note.question)}` : ''}`;
};

export async function suggestMain(argv: string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          locale: { type: 'string', short: 'l' },
          out: { type: 'string', short: 'o' },
          notes: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      throw new Failure(`${(error as Error).message} (see lede-widgets suggest --help)`, 2);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      await writeOut(SUGGEST_HELP);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new Failure('give the article: lede-widgets suggest <article.txt|->', 2);
    if (extra.length > 0) throw new Failure(`one article only; also got ${extra.join(' ')}`, 2);
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (error) {
      throw new Failure(`cannot read ${file}: ${(error as Error).message}`, 1);
    }
    const { suggest } = await import('../suggest/index.js');
    let suggestion;
    try {
      suggestion = suggest(text, values.locale === undefined ? {} : { locale: values.locale });
    } catch (error) {
      if (error instanceof RangeError) throw new Failure(`--locale: ${error.message}`, 2);
      throw error;
    }
    const where = values.out ? dirname(resolve(values.out)) : process.cwd();
    const json = `${JSON.stringify({ $schema: schemaPath(where), ...suggestion.article }, null, 2)}\n`;
    write(values.out, json);
    if (values.notes !== undefined)
      write(values.notes, `${JSON.stringify(suggestion.notes, null, 2)}\n`);
    if (!values.out) await writeOut(json);
    for (const note of suggestion.notes)
      process.stderr.write(`lede-widgets: ${describeNote(text, note)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Failure) return fail(error);
    throw error;
  }
}

function write(file: string | undefined, contents: string): void {
  if (file === undefined) return;
  try {
    writeFileSync(file, contents);
  } catch (error) {
    throw new Failure(`cannot write ${file}: ${(error as Error).message}`, 1);
  }
}
