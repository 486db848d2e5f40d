// `lede-widgets render`: one widget from an article's JSON (or fields on the command line) to
// server-rendered HTML, a standalone SVG or a PNG, without a browser. Bad input ends with one line
// on standard error and exit code 1; a bad command line with exit code 2.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hasFatal, type LedeIssue } from '../core/data/issues.js';
import { fragmentPath, isRecord, selectPart } from '../core/data/source.js';
import { renderHtml } from './html.js';
import { renderPng } from './png.js';
import { renderSvg } from './svg.js';
import { DEFAULT_WIDTH, fieldName, WIDGETS, WIDTH_RANGE, widgetName } from './widgets.js';

const HELP = `Usage: lede-widgets render <widget> [file[#part]] [options]

Renders one Lede widget without a browser: the server-rendered element (HTML with
declarative shadow DOM, which the browser build takes over), a standalone SVG, or a PNG.

Arguments:
  widget                  ${WIDGETS.join(', ')} (the lede- prefix may be kept)
  file                    JSON with the widget's fields: an article document whose #part
                          picks the widget's part (sakai.json#ramp), or one widget's fields.
                          "-" reads standard input. Optional when --set gives every field.

Options:
  -f, --format <format>   html, svg or png (default: from --out's extension, else html)
  -o, --out <file>        write to this file (default: standard output)
  -w, --width <px>        width of the widget in CSS pixels, ${WIDTH_RANGE[0]} to ${WIDTH_RANGE[1]} (default ${DEFAULT_WIDTH})
      --scale <n>         png: device pixels per CSS pixel, 1 to 4 (default 2)
  -t, --theme <theme>     light (default) or dark
  -l, --locale <locale>   BCP 47 language of numbers and words, e.g. fr or ja
                          (default: the data's locale field, else en)
  -s, --set <name=value>  a field as its attribute is written, e.g. --set unit=GW or
                          --set 'stages=[{"value":150}]'; repeatable; wins over the file
      --font <file>       png: a font file to use besides the system fonts; repeatable
      --font-family <name>
                          png: the family sans-serif text is drawn in (default: fontconfig's
                          sans-serif for the locale, else the first of Noto Sans, DejaVu Sans,
                          Liberation Sans, Helvetica Neue, Helvetica, Arial, Segoe UI found)
      --alt               svg, png: print the image's suggested alt text (its heading and
                          figures in words, in the locale) on standard output; needs --out
  -h, --help              show this help
  -v, --version           show the version

Problems with the data go to standard error: each warning on a line of its own, and the
render goes on; errors on one line, with exit code 1, and nothing is written. A bad
command line, or an option that does not fit the format, exits with code 2; an output
that cannot be written, with code 1.

Also: lede-widgets suggest <article.txt|-> suggests an article's JSON from its text
(see lede-widgets suggest --help).

Examples:
  lede-widgets render power-ramp-gauge sakai.json#ramp --format html > gauge.html
  lede-widgets render site-map sakai.json#sites --theme dark --out map.svg
  lede-widgets render deal-value-card sakai.json#deal --locale ja --width 400 --out card.png
`;

/** A problem with the command line (exit 2) or the input (exit 1). */
export class Failure extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const FORMATS = ['html', 'svg', 'png'] as const;
type Format = (typeof FORMATS)[number];

function readFields(file: string | undefined): Record<string, unknown> {
  if (file === undefined) return {};
  const hash = file.indexOf('#');
  const path = hash < 0 ? file : file.slice(0, hash);
  const part = fragmentPath(hash < 0 ? '' : file.slice(hash));
  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new Failure(`cannot read ${path}: ${(error as Error).message}`, 1);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new Failure(`${path} is not JSON: ${(error as Error).message}`, 1);
  }
  const ref = { text: file, url: path === '-' ? 'standard input' : path, path: part };
  // A whole article (parts of objects) without #part: say which parts there are.
  const parts = isRecord(document)
    ? Object.entries(document).filter(([key]) => !key.startsWith('$'))
    : [];
  if (part.length === 0 && parts.length > 0 && parts.every(([, value]) => isRecord(value))) {
    const names = parts.map(([key]) => key);
    throw new Failure(
      `${path} holds an article with the parts ${names.join(', ')}: pick the widget's with #part, as in ${path}#${names[0]}`,
      1,
    );
  }
  const selected = selectPart(document, ref);
  if (!selected.value) {
    throw new Failure(selected.issues.map((i) => i.message).join('; ') || `${file}: no fields`, 1);
  }
  return selected.value;
}

/**
 * `name=value` pairs as fields, each value as text, as an attribute holds it (the widget reads
 * lists written as JSON, and numbers, from text).
 */
function readSets(sets: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const set of sets) {
    const at = set.indexOf('=');
    if (at < 1) throw new Failure(`--set needs name=value, not ${JSON.stringify(set)}`, 2);
    // Attribute names (converted-amount) become field names (convertedAmount).
    fields[fieldName(set.slice(0, at))] = set.slice(at + 1);
  }
  return fields;
}

function number(option: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new Failure(`--${option} must be a number, not ${JSON.stringify(raw)}`, 2);
  }
  return value;
}

function oneOf<T extends string>(option: string, raw: string | undefined, allowed: readonly T[]) {
  if (raw === undefined || (allowed as readonly string[]).includes(raw))
    return raw as T | undefined;
  throw new Failure(`--${option} must be ${allowed.join(' or ')}, not ${JSON.stringify(raw)}`, 2);
}

/** Options people reach for that have another name here. */
const MEANT: Record<string, string> = {
  lang: 'locale',
  language: 'locale',
  output: 'out',
  size: 'width',
  ratio: 'scale',
  dpr: 'scale',
  type: 'format',
};

/** Node's parseArgs messages, shortened to what to fix. */
function usageMessage(error: Error): string {
  const unknown = /Unknown option '(-{1,2})([^']*)'/.exec(error.message);
  if (!unknown) return error.message;
  const [, dashes, name = ''] = unknown;
  const meant = MEANT[name];
  return `unknown option ${dashes}${name}${meant ? `; did you mean --${meant}?` : ''}`;
}

const describe = (issues: readonly LedeIssue[]): string =>
  issues
    .map((i) => ('path' in i && i.path ? `${String(i.path)}: ${i.message}` : i.message))
    .join('; ');

export async function main(argv: string[], version: string): Promise<number> {
  // suggest() and its tables load only for this command.
  if (argv[0] === 'suggest') return (await import('./suggest-cli.js')).suggestMain(argv.slice(1));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        width: { type: 'string', short: 'w' },
        scale: { type: 'string' },
        theme: { type: 'string', short: 't' },
        locale: { type: 'string', short: 'l' },
        set: { type: 'string', short: 's', multiple: true },
        font: { type: 'string', multiple: true },
        'font-family': { type: 'string' },
        alt: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return fail(new Failure(`${usageMessage(error as Error)} (see lede-widgets --help)`, 2));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  try {
    const [command, widget, file, ...extra] = positionals;
    if (command !== 'render') {
      throw new Failure(
        command === undefined
          ? 'say what to do: lede-widgets render <widget> [file] (see --help)'
          : `unknown command ${JSON.stringify(command)}; the commands are render and suggest (see --help)`,
        2,
      );
    }
    if (widget === undefined || !widgetName(widget)) {
      const got = widget === undefined ? 'none' : JSON.stringify(widget);
      throw new Failure(`the widget must be one of ${WIDGETS.join(', ')}; got ${got}`, 2);
    }
    if (extra.length > 0) throw new Failure(`one input file only; also got ${extra.join(' ')}`, 2);
    const fromOut = values.out ? extname(values.out).slice(1).toLowerCase() : '';
    const given = oneOf('format', values.format, FORMATS);
    if (!given && fromOut && !(FORMATS as readonly string[]).includes(fromOut)) {
      throw new Failure(
        `cannot tell the format from .${fromOut}: give --format html, svg or png`,
        2,
      );
    }
    const format: Format = given ?? ((fromOut || 'html') as Format);
    for (const option of ['scale', 'font', 'font-family'] as const) {
      if (format !== 'png' && values[option] !== undefined) {
        throw new Failure(`--${option} is for png output only`, 2);
      }
    }
    if (values.alt && (format === 'html' || !values.out)) {
      throw new Failure('--alt is for svg or png output written with --out', 2);
    }
    const scale = number('scale', values.scale);
    const fontFiles = (values.font ?? []).map((f) => resolve(f));
    const missing = fontFiles.find((f) => !existsSync(f));
    if (missing) throw new Failure(`--font ${missing}: no such file`, 2);
    const fields = { ...readFields(file), ...readSets(values.set ?? []) };
    if (Object.keys(fields).length === 0) {
      throw new Failure('no data: give a JSON file, or fields with --set (see --help)', 2);
    }
    if (values.locale !== undefined) {
      try {
        Intl.getCanonicalLocales(values.locale);
      } catch {
        throw new Failure(
          `--locale must be a BCP 47 language tag such as fr or ja-JP, not ${JSON.stringify(values.locale)}`,
          2,
        );
      }
    }
    const options = {
      width: number('width', values.width),
      theme: oneOf('theme', values.theme, ['light', 'dark'] as const),
      locale: values.locale,
    };
    let output: string | Uint8Array;
    let issues: LedeIssue[];
    let alt = '';
    try {
      if (format === 'png') {
        const rendered = await renderPng(widget, fields, {
          ...options,
          scale,
          fontFiles,
          fontFamily: values['font-family'],
        });
        ({ issues, alt } = rendered);
        output = rendered.png;
      } else {
        const rendered =
          format === 'svg'
            ? await renderSvg(widget, fields, options)
            : await renderHtml(widget, fields, options);
        issues = rendered.issues;
        output = 'svg' in rendered ? rendered.svg : `${rendered.html}\n`;
        if ('alt' in rendered) alt = rendered.alt;
      }
    } catch (error) {
      // Options out of range (width, scale) and a missing PNG renderer.
      throw new Failure((error as Error).message, error instanceof RangeError ? 2 : 1);
    }
    const warnings = issues.filter((i) => i.severity !== 'error');
    for (const w of warnings)
      process.stderr.write(`lede-widgets: warning: ${oneLine(describe([w]))}\n`);
    if (hasFatal(issues)) {
      throw new Failure(describe(issues.filter((i) => i.severity === 'error')), 1);
    }
    if (values.out) {
      try {
        writeFileSync(values.out, output);
      } catch (error) {
        throw new Failure(`cannot write ${values.out}: ${(error as Error).message}`, 1);
      }
    } else {
      await writeOut(output);
    }
    if (values.alt) await writeOut(`${oneLine(alt)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Failure) return fail(error);
    throw error;
  }
}

/** One line, whatever the text held (line breaks, other control characters). */
export const oneLine = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are what goes
  text.replace(/\s*[\n\r]\s*/g, ' ').replace(/[\0-\x1F\x7F]/g, '\uFFFD');

export function fail(failure: Failure): number {
  process.stderr.write(`lede-widgets: ${oneLine(failure.message)}\n`);
  return failure.code;
}

/** Writes to standard output; a closed or full output is a Failure, not a stack trace. */
export function writeOut(output: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) =>
      reject(new Failure(`cannot write to standard output: ${error.message}`, 1));
    process.stdout.once('error', failed);
    process.stdout.write(output, (error) => {
      process.stdout.off('error', failed);
      if (error) failed(error);
      else resolve();
    });
  });
}
