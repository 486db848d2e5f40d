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
/** The controllers of connected hosts. */
const controllers = new Set<TypesetController>();
let listening = false;

function fontsArrived(): void {
  widths.clear();
  generation++;
  controllers.forEach((c) => c.host.requestUpdate());
}

/** Test hook: widths measured and kept, and how many hosts wait for web fonts. */
export const typesetStats = {
  get kept(): number {
    return widths.size;
  },
  get hosts(): number {
    return controllers.size;
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

/** A host that says whether it has an update to run (as Lit's elements do). */
type Host = ReactiveControllerHost & { readonly isUpdatePending?: boolean };

/**
 * Gives its host the typeset of the font its text is drawn in, and redraws the host when web fonts
 * arrive (`loadingdone`: a layout made with a fallback font's widths would not fit the real one).
 *
 * Reading an element's font makes the engine bring the page's styles up to date. When widgets
 * update one after another (a page of a hundred drawing at once, or resizing), each one's writes
 * would make the next one's read recalculate the styles again. So the first read reads the font
 * of every widget with an update pending, before any of them writes: one recalculation for the
 * batch.
 */
export class TypesetController implements ReactiveController {
  #key?: string;
  #typeset: Typeset = ESTIMATE;
  #read?: Font;

  /** `text`: the element the host's text inherits its font from, and the host's language. */
  constructor(
    readonly host: Host,
    private readonly text: () => [Element, string],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const fonts = globalThis.document?.fonts;
    if (!fonts) return;
    controllers.add(this);
    if (!listening) fonts.addEventListener('loadingdone', fontsArrived);
    listening = true;
  }

  hostDisconnected(): void {
    controllers.delete(this);
    // Moved elsewhere, it may inherit another font.
    this.#read = undefined;
  }

  /** Drops the fonts read ahead for the others. */
  static forget(): void {
    controllers.forEach((c) => (c.#read = undefined));
  }

  /**
   * The typeset for the host's text: the same object while the family, letter-spacing, language
   * and loaded fonts stay the same (layouts memoized on it are not redone), a new one when any
   * changes. Read on each update, so a page's change of font shows at the next one.
   */
  typeset(): Typeset {
    const text = this.text();
    let font = this.#read;
    this.#read = undefined;
    if (font?.element !== text[0] || font.lang !== text[1] || font.generation !== generation) {
      font = fontOf(text);
      // Before this host writes: the fonts of the others about to update, at no extra cost. They
      // hold only until the updates already queued have run (a widget whose update waits longer
      // reads its font again).
      for (const c of controllers) {
        if (c.host.isUpdatePending && c !== this && !c.#read) c.#read = fontOf(c.text());
      }
      queueMicrotask(forget);
    }
    const key = `${font.generation} ${font.spacing} ${font.lang} ${font.family}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#typeset = measuredTypeset(drawnFamily(font.family), font.spacing, font.lang);
    }
    return this.#typeset;
  }
}

const forget = () => TypesetController.forget();

interface Font {
  element: Element;
  generation: number;
  spacing: number;
  lang: string;
  family: string;
}

function fontOf([element, lang]: [Element, string]): Font {
  const style = getComputedStyle(element);
  // `normal` (NaN here) is no extra spacing.
  return {
    element,
    generation,
    spacing: parseFloat(style.letterSpacing) || 0,
    lang,
    family: style.fontFamily,
  };
}
