// Test helpers: a widget drawn in a page font, locale and width, and the check that none of its text
// runs past the widget or over other text, from the glyph boxes the browser drew (not line boxes).
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

/** A page font: the family the page sets, and CSS for the widget's chart part, if any. */
export interface PageFont {
  name: string;
  family?: string;
  chart?: string;
}

/**
 * The fonts of issue 15: a serif, a wide sans with letter-spacing (set on the chart part: the
 * widget's frame resets the page's letter-spacing, the chart part is where an author may set it),
 * a CJK font and the browser's default.
 */
export const PAGE_FONTS: PageFont[] = [
  { name: 'DejaVu Serif', family: '"DejaVu Serif", serif' },
  {
    name: 'DejaVu Sans spaced',
    family: '"DejaVu Sans", sans-serif',
    chart: 'letter-spacing: 0.08em',
  },
  { name: 'Noto Sans CJK JP', family: '"Noto Sans CJK JP", sans-serif' },
  { name: 'the default font' },
];
export const LOCALES = ['en', 'fr', 'ja'] as const;
export const WIDTHS = [320, 480, 640, 960];

/** Renders `template` in a page of `font` and `locale`, `width` px wide, once it has drawn. */
export async function drawnIn<T extends HTMLElement>(
  template: TemplateResult,
  font: PageFont,
  locale: string,
  width: number,
): Promise<T> {
  const box = await fixture<HTMLDivElement>(
    html`<div
      lang=${locale}
      style="width: ${width}px; font-family: ${font.family ?? 'initial'}"
    ></div>`,
  );
  const style = document.createElement('style');
  style.textContent = `[lang] > *::part(chart) { ${font.chart ?? ''} }`;
  box.before(style);
  const ready = new Promise((resolve) =>
    box.addEventListener('lede-ready', resolve, { once: true }),
  );
  render(template, box);
  await ready;
  return box.firstElementChild as T;
}

/** `box`, in the user space of `matrix`, as the viewport rectangle around it. */
function inViewport(box: SVGRect, matrix: DOMMatrix): DOMRect {
  const [right, bottom] = [box.x + box.width, box.y + box.height];
  const corners = [
    [box.x, box.y],
    [right, box.y],
    [box.x, bottom],
    [right, bottom],
  ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
  const xs = corners.map((p) => p.x);
  const ys = corners.map((p) => p.y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return new DOMRect(left, top, Math.max(...xs) - left, Math.max(...ys) - top);
}

/** The union of a text's or tspan's character cells (advance by ascent plus descent), user space. */
function cellsBox(element: SVGTextContentElement): SVGRect {
  const cells = Array.from({ length: element.getNumberOfChars() }, (_, i) =>
    element.getExtentOfChar(i),
  );
  const left = Math.min(...cells.map((c) => c.x));
  const top = Math.min(...cells.map((c) => c.y));
  const right = Math.max(...cells.map((c) => c.x + c.width));
  const bottom = Math.max(...cells.map((c) => c.y + c.height));
  return new DOMRect(left, top, right - left, bottom - top);
}

const sameBox = (a: SVGRect, b: SVGRect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The glyph box of a drawn SVG text or tspan in viewport pixels, as getBBox() gives it: its
 * advance wide, the ascent plus descent of its fonts tall, and wider or taller where ink reaches
 * past those. In Chromium that is getBoundingClientRect() to 0.01 px for every text of the font
 * tests. Not getBoundingClientRect() itself: Firefox pads it by a pixel on each side of a text (a
 * card label with its baseline 16 px down the chart then reached 1 px above it, where the
 * screenshot has its letters start 5 px below the top). Where the engine gives a tspan the box of
 * its whole text (WebKit, in both calls: a figure and the stage label under it then "overlap"),
 * the union of the tspan's character cells instead.
 */
export function glyphBox(element: SVGTextContentElement): DOMRect {
  const text = element.closest('text')!;
  const own = element.getBBox();
  const sharesTextBox =
    element !== text && text.querySelectorAll('tspan').length > 1 && sameBox(own, text.getBBox());
  return inViewport(sharesTextBox ? cellsBox(element) : own, text.getScreenCTM()!);
}

/**
 * The em square of a drawn text: its glyph box cut to one em, centred. Ascent plus descent exceed
 * a line's pitch in some fonts (Noto Sans CJK: 1.45 em, 19 px at 13 px, on 16 px lines), so stacked
 * lines' glyph boxes share a few pixels where no letter reaches; their em squares do not.
 */
export function emBox(element: SVGTextContentElement, box = glyphBox(element)): DOMRect {
  const em = parseFloat(getComputedStyle(element).fontSize);
  const middle = (box.top + box.bottom) / 2;
  return new DOMRect(box.left, middle - em / 2, box.width, Math.min(em, box.height));
}

/** Two boxes share more than half a pixel each way. */
export const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

const where = (r: DOMRect) => [r.left, r.top, r.right, r.bottom].map((n) => n.toFixed(1)).join(' ');

/** The drawn pieces of SVG text: each tspan of a text that has them, else the text itself. */
export function drawnPieces(texts: Iterable<SVGTextElement>): SVGTextContentElement[] {
  return [...texts]
    .flatMap((t): SVGTextContentElement[] => {
      const spans = [...t.querySelectorAll('tspan')];
      return spans.length > 0 ? spans : [t];
    })
    .filter((t) => t.textContent.trim());
}

/** One box per line of every visible HTML text node (a Range's rects are the glyph runs). */
function htmlLines(root: ShadowRoot): { text: string; rect: DOMRect }[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: { text: string; rect: DOMRect }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || parent.closest('svg, .visually-hidden, style')) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width > 0) found.push({ text: node.textContent.trim(), rect });
    }
  }
  return found;
}

/**
 * No SVG text outside the chart box or over other SVG text, and no line of HTML text wider than
 * the widget. Returns the number of text boxes checked.
 */
export function expectTextFits(el: HTMLElement): number {
  const root = el.shadowRoot!;
  const chart = root.querySelector('.chart')!.getBoundingClientRect();
  const texts = drawnPieces(root.querySelectorAll<SVGTextElement>('.chart svg text'));
  const rects = texts.map(glyphBox);
  const ems = texts.map((t, i) => emBox(t, rects[i]));
  rects.forEach((r, i) => {
    const what = `"${texts[i]!.textContent.trim()}" (${where(r)} in ${where(chart)})`;
    expect(r.left, `${what} left`).to.be.at.least(chart.left - 0.5);
    expect(r.right, `${what} right`).to.be.at.most(chart.right + 0.5);
    expect(r.top, `${what} top`).to.be.at.least(chart.top - 0.5);
    expect(r.bottom, `${what} bottom`).to.be.at.most(chart.bottom + 0.5);
    ems.slice(i + 1).forEach((other, j) => {
      const with_ = `"${texts[i + 1 + j]!.textContent.trim()}" (${where(other)})`;
      expect(overlap(ems[i]!, other), `${what} overlaps ${with_}`).to.equal(false);
    });
  });
  const widget = el.getBoundingClientRect();
  const lines = htmlLines(root);
  for (const { text, rect } of lines) {
    expect(rect.left, `"${text}" left`).to.be.at.least(widget.left - 0.5);
    expect(rect.right, `"${text}" right`).to.be.at.most(widget.right + 0.5);
  }
  return rects.length + lines.length;
}
