// The typeset of a static image: a family name (and font files besides the machine's) in, text
// widths out, measured by fontkit on the very font files resvg draws that family with, regular and
// bold, with Noto Sans CJK JP (fontconfig's Japanese sans-serif) for characters the family lacks,
// as resvg falls back. Where no file is found it is the estimate, with a warning saying so.
// fontkit rather than opentype.js (2.0.0): opentype.js reads no font collection (.ttc, which Noto
// CJK ships as) and its shaping threw on DejaVu Sans; both took about 0.3 ms per uncached width.
import { execFileSync } from 'node:child_process';
import type { Face } from 'fontkit';
import { issue, type LedeIssue } from '../core/data/issues.js';
import { ESTIMATE, type Typeset } from '../core/layout/text.js';

type Fontkit = typeof import('fontkit');

export interface FontChoice {
  /** The family `sans-serif` is drawn in; default: fontconfig's sans-serif for the locale. */
  fontFamily?: string;
  /** Font files resvg loads besides the machine's. */
  fontFiles?: readonly string[];
  /** The language of the text: Japanese gets phrases (BudouX) and the Japanese sans-serif. */
  locale: string;
}

export interface StaticTypeset {
  typeset: Typeset;
  /** The family measured ('' when none could be); the image names it for resvg to draw with. */
  family: string;
  /**
   * The family's font files (regular and bold), when they hold a glyph for every character of
   * `text`: resvg draws with them alone instead of loading every font of the machine, which took
   * most of a PNG's time. Undefined when a character needs another font.
   */
  filesFor?: (text: string) => string[] | undefined;
  issues: LedeIssue[];
}

/** A face and the file it was read from. */
interface Found {
  face: Face;
  file: string;
}

let fontkit: Promise<Fontkit> | undefined;
const typesets = new Map<string, Promise<StaticTypeset>>();

/** The typeset for `choice`, built once per family, files and language. */
export function fontTypeset(choice: FontChoice): Promise<StaticTypeset> {
  const japanese = isJapanese(choice.locale);
  const key = JSON.stringify([choice.fontFamily ?? '', choice.fontFiles ?? [], japanese]);
  let found = typesets.get(key);
  if (!found) {
    found = buildTypeset(choice, japanese);
    typesets.set(key, found);
  }
  return found;
}

export const isJapanese = (locale: string): boolean => /^ja\b/i.test(locale);

async function buildTypeset(choice: FontChoice, japanese: boolean): Promise<StaticTypeset> {
  const family = choice.fontFamily ?? fontconfigFamily(japanese) ?? '';
  const files = choice.fontFiles ?? [];
  const kit = await (fontkit ??= import('fontkit'));
  const find = (name: string, bold: boolean): Found | undefined =>
    name ? (fromFiles(kit, files, name, bold) ?? fromFontconfig(kit, name, bold)) : undefined;
  const regular = find(family, false);
  if (!regular) {
    const message = `no font file found for ${family ? `the family ${JSON.stringify(family)}` : 'sans-serif'}: text is wrapped by estimated widths and may not fit`;
    return {
      typeset: ESTIMATE,
      family,
      issues: [issue('font-family', family, message, 'warning')],
    };
  }
  const bold = find(family, true) ?? regular;
  const cjk = fontconfigFamily(true);
  const cjkRegular = find(cjk ?? '', false)?.face;
  const faces = {
    regular: [regular.face, cjkRegular],
    bold: [bold.face, find(cjk ?? '', true)?.face ?? cjkRegular],
  };
  const measure = (text: string, bold: boolean): number => {
    const [main, fallback] = bold ? faces.bold : faces.regular;
    return ems(text, main!, fallback);
  };
  const typeset: Typeset = {
    width: cached(measure),
    ...(japanese ? { phrases: (await import('../core/element/japanese.js')).phrases } : {}),
  };
  // resvg picks its own fallback for a character the family lacks (not always the one measured,
  // and it may move the characters around it there too): only text the family covers is drawn
  // from the family's files alone.
  const own = [...new Set([regular.file, bold.file])];
  const filesFor = (text: string): string[] | undefined => {
    for (const char of new Set(text)) {
      const code = char.codePointAt(0)!;
      if (code < 0x20) continue;
      if (!regular.face.hasGlyphForCodePoint(code) || !bold.face.hasGlyphForCodePoint(code)) {
        return undefined;
      }
    }
    return own;
  };
  return { typeset, family, filesFor, issues: [] };
}

/**
 * Width in ems of `text`, each character in `main` or, when only it has the glyph, `fallback`.
 * resvg sets some of the characters around a fallback glyph in the fallback font too (measured:
 * "█日█" comes out all in Noto Sans CJK JP, "█日" not), so text with a fallback glyph is given the
 * wider of the two ways: never less than is drawn.
 */
function ems(text: string, main: Face, fallback: Face | undefined): number {
  let total = 0;
  let run = '';
  let runFace = main;
  let fellBack = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const face =
      !fallback || main.hasGlyphForCodePoint(code) || !fallback.hasGlyphForCodePoint(code)
        ? main
        : fallback;
    if (face !== runFace && run) {
      total += runFace.layout(run).advanceWidth / runFace.unitsPerEm;
      run = '';
    }
    fellBack ||= face !== main;
    runFace = face;
    run += char;
  }
  if (run) total += runFace.layout(run).advanceWidth / runFace.unitsPerEm;
  if (!fellBack || !fallback) return total;
  return Math.max(total, fallback.layout(text).advanceWidth / fallback.unitsPerEm);
}

/** Most widths remembered per typeset; past it the cache starts again (a long-running server). */
const CACHE_LIMIT = 50_000;

/** `measure` (widths in ems) as a typeset's width, remembered per string and weight. */
function cached(measure: (text: string, bold: boolean) => number): Typeset['width'] {
  const known = new Map<string, number>();
  return (text, size, bold = false) => {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let width = known.get(key);
    if (width === undefined) {
      if (known.size >= CACHE_LIMIT) known.clear();
      width = measure(text, bold);
      known.set(key, width);
    }
    // Outlines are drawn unhinted, so widths scale with the size.
    return width * size;
  };
}

const isBold = (face: Face): boolean => (face['OS/2']?.usWeightClass ?? 400) >= 600;

/** The face of `family` among `files` (each face of a collection), of the weight asked for. */
function fromFiles(
  kit: Fontkit,
  files: readonly string[],
  family: string,
  bold: boolean,
): Found | undefined {
  for (const file of files) {
    const opened = kit.openSync(file);
    const faces = 'fonts' in opened ? opened.fonts : [opened];
    const face = faces.find(
      (f) => f.familyName.toLowerCase() === family.toLowerCase() && isBold(f) === bold,
    );
    if (face) return { face, file };
  }
  return undefined;
}

/** fontconfig's file for `family` at the weight, if that family is what it found. */
function fromFontconfig(kit: Fontkit, family: string, bold: boolean): Found | undefined {
  const answer = fcMatch(
    `${family.replace(/[-:,\\]/g, '\\$&')}:weight=${bold ? 'bold' : 'regular'}`,
  );
  const [file, index, families] = answer?.split('\t') ?? [];
  const names = (families ?? '').toLowerCase().split(',');
  if (!file || !names.includes(family.toLowerCase())) return undefined;
  const opened = kit.openSync(file);
  const face = 'fonts' in opened ? opened.fonts[Number(index)] : opened;
  return face && isBold(face) === bold ? { face, file } : undefined;
}

/** fontconfig's sans-serif family (its Japanese one for `japanese`); undefined without fontconfig. */
export function fontconfigFamily(japanese: boolean): string | undefined {
  const answer = fcMatch(`sans-serif${japanese ? ':lang=ja' : ''}`);
  return answer?.split('\t')[2]?.split(',')[0] || undefined;
}

const matches = new Map<string, string | undefined>();

/** `fc-match` for a pattern: file, face index and families, tab-separated; undefined without it. */
function fcMatch(pattern: string): string | undefined {
  if (!matches.has(pattern)) {
    let answer: string | undefined;
    try {
      answer = execFileSync('fc-match', ['-f', '%{file}\t%{index}\t%{family}', pattern], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5000,
      });
    } catch {
      answer = undefined;
    }
    matches.set(pattern, answer);
  }
  return matches.get(pattern);
}
