// PNG: the standalone SVG rasterised without a browser by resvg (@resvg/resvg-js, whose native
// binary ships inside its npm package). resvg reads the files of the family the text was measured
// in (or the machine's fonts when a character needs another); the SVG names that family before the
// generic `sans-serif`, which is mapped here to a sans-serif font the machine has.
import type { LedeIssue } from '../core/data/issues.js';
import { renderSvgIn } from './svg.js';
import { fontconfigFamily, fontTypeset, isJapanese } from './typeset.js';
import { resolveLocale } from '../core/format/locale.js';
import type { StaticOptions } from './widgets.js';

export interface PngOptions extends StaticOptions {
  /** Device pixels per CSS pixel, 1 to 4 (default 2): a 640 px wide widget at 2 is 1280 pixels wide. */
  scale?: number;
  /** Font files to use besides the machine's fonts (TTF, OTF, TTC). */
  fontFiles?: string[];
  /** The family `sans-serif` means (default: found on the machine, see `sansSerifFamily`). */
  fontFamily?: string;
}

export interface RenderedPng {
  /** The PNG file's bytes; empty when an error kept the widget from drawing. */
  png: Uint8Array;
  /** Size in device pixels. */
  width: number;
  height: number;
  /** Suggested alternative text for the image: the heading and the figures in the widget's language. */
  alt: string;
  issues: LedeIssue[];
}

/** Sans-serif families tried in order when the machine cannot say (no fontconfig). */
export const SANS_SERIF = [
  'Noto Sans',
  'DejaVu Sans',
  'Liberation Sans',
  'Helvetica Neue',
  'Helvetica',
  'Arial',
  'Segoe UI',
];
/** The same for Japanese text, whose glyphs the families above mostly lack. */
export const SANS_SERIF_JA = [
  'Noto Sans CJK JP',
  'Noto Sans JP',
  'Hiragino Sans',
  'Hiragino Kaku Gothic ProN',
  'Yu Gothic',
  'Meiryo',
  'Source Han Sans JP',
];

/**
 * The part of @resvg/resvg-js used here, declared here: it is an optional dependency, and the
 * package's type declarations must not need it.
 */
interface Resvg {
  new (
    svg: string,
    options?: {
      fitTo?: { mode: 'zoom'; value: number };
      font?: {
        loadSystemFonts?: boolean;
        fontFiles?: string[];
        sansSerifFamily?: string;
        defaultFontFamily?: string;
      };
    },
  ): {
    render(): { pixels: Uint8Array; width: number; height: number; asPng(): Uint8Array };
  };
}
let resvg: Promise<Resvg> | undefined;

/**
 * resvg, loaded on first use: an optional dependency, so its absence is a clear error. Bundlers
 * are told to leave the import to Node: webpack (`next build --webpack`) otherwise follows it to
 * resvg's native `.node` file and fails the app's build on it, though the app never draws a PNG.
 */
function loadResvg(): Promise<Resvg> {
  resvg ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ '@resvg/resvg-js').then(
    (m) => m.Resvg as unknown as Resvg,
    (error: unknown) => {
      resvg = undefined;
      throw new Error(
        `PNG output needs @resvg/resvg-js, which did not load (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); install it with npm install @resvg/resvg-js`,
      );
    },
  );
  return resvg;
}

const families = new Map<string, string | undefined>();

/**
 * The font family to draw `sans-serif` text in for `locale`: fontconfig's answer where the
 * machine has it (`fc-match sans-serif:lang=ja`), else the first of SANS_SERIF (or SANS_SERIF_JA)
 * that resvg finds among the system fonts. Undefined when none is found: resvg then falls back to
 * any font that has the glyphs, and text may come out in a serif face.
 */
function sansSerifFamily(locale: string, Resvg: Resvg): string | undefined {
  const japanese = isJapanese(locale);
  const key = japanese ? 'ja' : 'latin';
  if (families.has(key)) return families.get(key);
  let found = fontconfigFamily(japanese);
  if (found === undefined) {
    // No fontconfig (macOS, Windows): ask resvg about each candidate below.
    const candidates = japanese ? [...SANS_SERIF_JA, ...SANS_SERIF] : SANS_SERIF;
    const nowhere = probe(Resvg, 'lede-no-such-font', japanese);
    found = candidates.find((family) => probe(Resvg, family, japanese) !== nowhere);
  }
  families.set(key, found || undefined);
  return found || undefined;
}

/** A fingerprint of a short text drawn in `family` (the same as a missing family's when absent). */
function probe(Resvg: Resvg, family: string, japanese: boolean): string {
  const text = japanese ? 'Ag日本' : 'Ag';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="24"><text x="2" y="18" font-size="16" font-family="${family}">${text}</text></svg>`;
  const pixels = new Resvg(svg, { font: { loadSystemFonts: true } }).render().pixels;
  let sum = 0;
  for (let i = 3; i < pixels.length; i += 4) sum = (sum * 31 + pixels[i]!) % 1_000_000_007;
  return String(sum);
}

/** Renders one widget from its fields to a PNG: its standalone SVG, rasterised by resvg. */
export async function renderPng(
  widget: string,
  fields: Record<string, unknown>,
  options: PngOptions = {},
): Promise<RenderedPng> {
  const scale = options.scale ?? 2;
  if (!(scale >= 1 && scale <= 4)) {
    throw new RangeError(`scale must be a number from 1 to 4, not ${String(options.scale)}`);
  }
  const Resvg = await loadResvg();
  // The locale as the SVG resolves it, so that the family drawn is the family measured.
  const locale = resolveLocale([
    { attribute: 'locale', value: options.locale ?? fields['locale'] },
  ]).value;
  const family = options.fontFamily ?? sansSerifFamily(locale, Resvg);
  // Text is wrapped by the widths of the very font files drawn.
  const fonts = { fontFamily: family, fontFiles: options.fontFiles };
  const { svg, alt, issues } = await renderSvgIn(widget, fields, options, fonts);
  if (!svg) return { png: new Uint8Array(), width: 0, height: 0, alt, issues };
  // When the family's files hold every glyph, resvg loads them, not every font of the machine.
  const text = svg.replace(/<[^>]*>/g, '');
  const measured = (await fontTypeset({ ...fonts, locale })).filesFor?.(text);
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: !measured,
      fontFiles: [...(measured ?? []), ...(options.fontFiles ?? [])],
      ...(family ? { sansSerifFamily: family, defaultFontFamily: family } : {}),
    },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height, alt, issues };
}
