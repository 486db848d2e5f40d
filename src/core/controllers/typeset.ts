// Text widths in the browser: the font an element's text is drawn in (its computed family and
// letter-spacing) measured with canvas `measureText`, cached per font and string, and measured
// afresh once web fonts arrive. Where no canvas can measure, the per-character estimate.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ESTIMATE, type Typeset } from '../layout/text.js';

/**
 * Weights the stylesheets draw SVG text in: 400 (the frame's reset) and 700 for the figures,
 * amounts and highlighted names (`.figure`, `.center-value`, `.money`, `.label.highlight`).
 */
const REGULAR = 400;
const BOLD = 700;

/** Widths kept, over every font: enough for a page of widgets in a few fonts and sizes. */
const LIMIT = 4000;

/** A context with `lang` (Chromium): the font used for a generic or default family depends on it. */
type Context = (CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D) & { lang?: string };

let context: Context | null | undefined;

function canvasContext(): Context | null {
  if (context !== undefined) return context;
  try {
    context =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/**
 * The browser's default font, which the computed style names ("Times New Roman" in Chromium) but
 * which is drawn per language: Chromium sets Latin text on a Japanese page in its Japanese default
 * font (DejaVu Serif's 91 px for a word became 106 px in Noto Sans CJK). A canvas asked for
 * `-webkit-standard` in the page's language measures that font; browsers without it keep the name.
 */
const STANDARD = '-webkit-standard';
let initialFamily: string | undefined;

function drawnFamily(family: string): string {
  if (initialFamily === undefined) {
    const probe = document.createElement('span');
    probe.style.fontFamily = 'initial';
    document.documentElement.append(probe);
    initialFamily = getComputedStyle(probe).fontFamily;
    probe.remove();
  }
  return family === initialFamily && CSS.supports('font-family', STANDARD) ? STANDARD : family;
}

/** Measured widths by font and string, oldest first (a Map keeps insertion order). */
const widths = new Map<string, number>();
/** Counts web-font arrivals: a typeset of an older generation may hold widths of a fallback font. */
let generation = 0;
const hosts = new Set<ReactiveControllerHost>();
let listening = false;

function fontsArrived(): void {
  widths.clear();
  generation++;
  hosts.forEach((host) => host.requestUpdate());
}

/** Test hook: widths measured and kept, and how many hosts wait for web fonts. */
export const typesetStats = {
  get kept(): number {
    return widths.size;
  },
  get hosts(): number {
    return hosts.size;
  },
};

/**
 * Widths of text in `family` with `spacing` px after each character (CSS letter-spacing), at any
 * size, regular or bold, in a page of language `lang` (fonts for generic families depend on it).
 */
export function measuredTypeset(family: string, spacing = 0, lang = ''): Typeset {
  const canvas = canvasContext();
  if (!canvas || !family) return ESTIMATE;
  return {
    width(text, size, bold = false) {
      const font = `${bold ? BOLD : REGULAR} ${size}px ${family}`;
      const key = `${lang} ${spacing} ${font}\n${text}`;
      let width = widths.get(key);
      if (width === undefined) {
        if ('lang' in canvas) canvas.lang = lang;
        canvas.font = font;
        // Letter-spacing follows every character, the last one too (as SVG text draws it).
        width = canvas.measureText(text).width + spacing * [...text].length;
        if (widths.size >= LIMIT) widths.delete(widths.keys().next().value!);
        widths.set(key, width);
      }
      return width;
    },
  };
}

/**
 * Gives its host the typeset of the font its text is drawn in, and redraws the host when web fonts
 * arrive (`loadingdone`: a layout made with a fallback font's widths would not fit the real one).
 */
export class TypesetController implements ReactiveController {
  #key?: string;
  #typeset: Typeset = ESTIMATE;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    const fonts = globalThis.document?.fonts;
    if (!fonts) return;
    hosts.add(this.host);
    if (!listening) fonts.addEventListener('loadingdone', fontsArrived);
    listening = true;
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /**
   * The typeset for text inheriting `element`'s computed font, in a page of language `lang`: the
   * same object while the family, letter-spacing, language and loaded fonts stay the same (layouts
   * memoized on it are not redone), a new one when any changes. Read on each update, so a page's
   * change of font shows at the next one.
   */
  typesetFor(element: Element, lang: string): Typeset {
    const style = getComputedStyle(element);
    // `normal` (NaN here) is no extra spacing.
    const spacing = parseFloat(style.letterSpacing) || 0;
    const key = `${generation} ${spacing} ${lang} ${style.fontFamily}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#typeset = measuredTypeset(drawnFamily(style.fontFamily), spacing, lang);
    }
    return this.#typeset;
  }
}
