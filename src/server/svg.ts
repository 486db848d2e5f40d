// Standalone SVG: the server render of a widget, rewritten as one self-contained SVG image for
// places that take images (feeds, newsletters, AMP, print). The chart is the very drawing the
// server render holds; the text around it (heading, figures, legend, source) is set as SVG text,
// wrapped by the widths of the font it is drawn in (see typeset.ts), which the chart's layout uses
// too. Colours are written out (an image has no custom properties), the font is the generic
// `sans-serif` (or the family a PNG is drawn in), and a title and a description state the figures
// for assistive technology.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { LedeIssue } from '../core/data/issues.js';
import { ESTIMATE, wrapText, type Typeset } from '../core/layout/text.js';
import { clampKeepingHedge } from '../core/layout/hedge.js';
import { PALETTES, type Palette } from '../core/theme/palette.js';
import { renderElement } from './html.js';
import { languageOf, resolveLocale } from '../core/format/locale.js';
import { DARK_PADDING_X } from '../core/theme/theme.js';
import { fontTypeset, type FontChoice } from './typeset.js';
import { checkWidget, checkWidth, type StaticOptions, type WidgetName } from './widgets.js';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderedSvg {
  /** The SVG document; empty when an error kept the widget from drawing. */
  svg: string;
  width: number;
  height: number;
  /**
   * Suggested alternative text for the image (an `<img alt>`): the heading and the figures in
   * words, in the widget's language, as the SVG's title and description say them. Empty when an
   * error kept the widget from drawing.
   */
  alt: string;
  issues: LedeIssue[];
}

/** Space around everything, in pixels. */
const PAD = 16;
/** The page font size the widget's em sizes are relative to. */
const BASE = 16;

/** How each block of text around the chart is set (sizes and spacing as in the widget's styles). */
interface TextStyle {
  size: number;
  lineHeight: number;
  weight: number;
  fill: keyof Palette;
  /** Space above the block. */
  above: number;
  /** Most lines shown; the rest ends in an ellipsis, as the widget clamps it. */
  lines: number;
}

const TEXT: Record<string, TextStyle> = {
  heading: { size: 1.1 * BASE, lineHeight: 1.35, weight: 700, fill: 'text', above: 0, lines: 4 },
  // The figures are never clamped in the widget: room for them in full.
  headline: { size: 2 * BASE, lineHeight: 1.15, weight: 700, fill: 'accent', above: 0, lines: 4 },
  conversion: { size: BASE, lineHeight: 1.35, weight: 400, fill: 'muted', above: 2, lines: 4 },
  what: { size: BASE, lineHeight: 1.35, weight: 600, fill: 'text', above: 2, lines: 3 },
  who: { size: BASE, lineHeight: 1.35, weight: 400, fill: 'muted', above: 2, lines: 3 },
  note: { size: 0.8 * BASE, lineHeight: 1.35, weight: 400, fill: 'muted', above: 2, lines: 4 },
  source: { size: 0.8 * BASE, lineHeight: 1.35, weight: 400, fill: 'muted', above: 6, lines: 3 },
};
const LIST = { size: 0.85 * BASE, lineHeight: 1.35, above: 6, gapX: 14, gapY: 4, icon: 14 };

/**
 * The widgets' chart rules with the theme's colours written in (the classes their templates use).
 * Text is drawn in the text colour by the chart's `fill` attribute, which its classes override: a
 * CSS rule for all text would also beat the fill attributes of the text around the chart.
 */
function chartStyles(widget: WidgetName, c: Palette): string {
  if (widget === 'power-ramp-gauge') {
    return `.track{fill:${c.track}}.fill{fill:${c.accent}}.planned,.beyond{fill:${c.planned}}
.beyond{opacity:.4}.tick{stroke:${c.background};stroke-width:2}.target{fill:${c.text}}
.end{font-size:12px}.figure,.center-value{font-weight:700}
.current .figure,.center-value{fill:${c.accent}}.center-value.planned-figure{fill:${c.text}}
.stage-label,.end,.center-label{fill:${c.muted}}`;
  }
  if (widget === 'deal-value-card') {
    return `.bar{fill:${c.planned}}.bar.deal{fill:${c.accent}}
.money{font-weight:700}`;
  }
  const marks: [string, string][] = [
    ['operating', c.operating],
    ['construction', c.construction],
    ['planned', c.plannedSite],
    ['other', c.other],
  ];
  return `.land,.water{fill:${c.land};stroke:${c.coast};stroke-width:1;stroke-linejoin:round}
.water{fill:${c.water};stroke-width:.75}
.neighbours{fill:${c.neighbours};stroke:${c.neighbourCoast};stroke-width:.75;stroke-linejoin:round}
.shape{stroke:${c.background};stroke-width:1.5}
${marks.map(([s, color]) => `.${s} .shape{fill:${color}}.${s}.ring .shape{fill:${c.background};stroke:${color};stroke-width:3}`).join('\n')}
.legend .ring .shape{stroke-width:2}.halo{fill:none;stroke:${c.text};stroke-width:1.5}
.number{font-size:11px;font-weight:700;fill:${c.background}}.ring .number{fill:${c.text}}
.label{fill:${c.text};paint-order:stroke;stroke:${c.background};stroke-width:3px;stroke-linejoin:round}
.label.highlight{font-weight:700}.leader{stroke:${c.muted};stroke-width:1}.origin{fill:${c.text}}`;
}

/**
 * Text as XML character data or attribute value: markup escaped, and the characters XML 1.0 does
 * not allow (control characters, U+FFFE, U+FFFF, unpaired surrogates: text pasted from a CMS may
 * hold them) left out, so the image always parses.
 */
const escapeXml = (text: string): string =>
  text
    .replace(
      // eslint-disable-next-line no-control-regex -- the characters XML forbids
      /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/[&<>"]/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[ch]};`);

/** The characters of path data: commands, digits, signs, points, commas, spaces, exponents. */
const PATH_CHARS = new Uint8Array(128);
for (const c of 'MmLlHhVvCcSsQqTtAaZzEe0123456789., -') PATH_CHARS[c.charCodeAt(0)] = 1;

/** Whether `html` from `start` to `end` is path data of 64 characters or more. */
function isLongPathData(html: string, start: number, end: number): boolean {
  if (end - start < 64) return false;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c > 127 || PATH_CHARS[c] === 0) return false;
  }
  return true;
}

/** A marker where path data was, as the image writes the attribute. */
const MARKER = / d="\uE000(\d+)\uE001"/g;

/**
 * Sets aside path data of 64 characters or more (a map's outlines run to many thousands) while the
 * server render is parsed: parse5 reads an attribute one character at a time, which was a sixth of
 * the time of a map's SVG. Path data holds nothing that parsing or escaping would change, so
 * `restore` puts each back as it was, in place of its marker, in the image written from the parse.
 * Markers are private-use characters; markup that already holds one is parsed whole. (The scan is
 * a loop over character codes: a regular expression with the same character class took three
 * times as long over a map's 17 KB of path data.)
 */
export function setAsidePathData(html: string): { html: string; restore(svg: string): string } {
  const paths: string[] = [];
  if (html.includes('\uE000')) return { html, restore: (svg) => svg };
  let aside = '';
  let copied = 0;
  for (let at = html.indexOf(' d="'); at >= 0; at = html.indexOf(' d="', at + 1)) {
    const start = at + 4;
    const end = html.indexOf('"', start);
    if (end < 0) break;
    if (!isLongPathData(html, start, end)) continue;
    aside += `${html.slice(copied, start)}\uE000${paths.push(html.slice(start, end)) - 1}\uE001`;
    copied = end;
    at = end;
  }
  return {
    html: paths.length ? aside + html.slice(copied) : html,
    // Only a path's d is put back: a marker character anywhere else (decoded from a character
    // reference in the author's text, say) stays as it is.
    restore: (svg) =>
      paths.length
        ? svg.replace(MARKER, (marker, i: string) => {
            const d = paths[Number(i)];
            return d === undefined ? marker : ` d="${d}"`;
          })
        : svg,
  };
}

/** Attributes that only matter to a live page (focus, parts, ARIA of hidden parts). */
const DROPPED = /^(part|role|tabindex|aria-.*)$/;

/**
 * An element of the server's SVG as XML, with `extra` attributes on it: comments (hydration
 * markers) and page-only attributes go.
 */
function toXml(node: Node, extra = ''): string {
  if (node.nodeName === '#text')
    return escapeXml((node as DefaultTreeAdapterMap['textNode']).value);
  if (!('tagName' in node)) return '';
  const attrs = node.attrs
    .filter((a) => !DROPPED.test(a.name))
    .map((a) => ` ${a.name}="${escapeXml(a.value)}"`)
    .join('');
  const children = node.childNodes.map((child) => toXml(child)).join('');
  return `<${node.tagName}${extra}${attrs}>${children}</${node.tagName}>`;
}

const elements = (node: { childNodes: Node[] }): Element[] =>
  node.childNodes.filter((n): n is Element => 'tagName' in n);

const classes = (el: Element): string[] =>
  (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/).filter(Boolean);

const attr = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function find(node: { childNodes: Node[] }, test: (el: Element) => boolean): Element | undefined {
  for (const el of elements(node)) {
    if (test(el)) return el;
    const inner = find(
      'content' in el ? (el as DefaultTreeAdapterMap['template']).content : el,
      test,
    );
    if (inner) return inner;
  }
  return undefined;
}

/** Sets blocks of text and nested drawings from top to bottom. */
class Column {
  y = PAD;
  readonly parts: string[] = [];

  constructor(
    readonly width: number,
    readonly colors: Palette,
    readonly typeset: Typeset,
  ) {}

  text(content: string, style: TextStyle): void {
    // Bold blocks are measured bold: a typeset's `wrapText` measures regular text.
    const typeset: Typeset =
      style.weight >= 600
        ? { ...this.typeset, width: (text, size) => this.typeset.width(text, size, true) }
        : this.typeset;
    // As in the widget, a hedge that ends the text ("(reported)") is never what a clamp cuts.
    const lines = clampKeepingHedge(content, style.lines, (text, most) =>
      wrapText(text, this.width, style.size, most, typeset),
    );
    if (lines.length === 0) return;
    this.y += style.above;
    const line = style.size * style.lineHeight;
    // Baseline: the line box's half-leading plus an ascent of about 0.8 em.
    const first = this.y + (line - style.size) / 2 + 0.8 * style.size;
    const tspans = lines
      .map((l, i) => `<tspan x="${PAD}" y="${round(first + i * line)}">${escapeXml(l)}</tspan>`)
      .join('');
    this.parts.push(
      `<text font-size="${round(style.size)}" font-weight="${style.weight}" fill="${this.colors[style.fill]}">${tspans}</text>`,
    );
    this.y += lines.length * line;
  }

  /** A row-wrapping list of entries, each an optional icon and one line of text (legend, key). */
  list(entries: { icon?: Element; bold?: string; text: string }[], className: string): void {
    if (entries.length === 0) return;
    this.y += LIST.above;
    const line = LIST.size * LIST.lineHeight;
    const out: string[] = [];
    let x = 0;
    let top = this.y;
    for (const entry of entries) {
      const lead = entry.icon ? LIST.icon + 4 : 0;
      const bold = entry.bold ? this.typeset.width(entry.bold, LIST.size, true) : 0;
      const room = this.width - lead - bold;
      const [text = ''] = wrapText(entry.text, room, LIST.size, 1, this.typeset);
      const width = lead + bold + this.typeset.width(text, LIST.size);
      if (x > 0 && x + width > this.width) {
        x = 0;
        top += line + LIST.gapY;
      }
      const baseline = top + (line - LIST.size) / 2 + 0.8 * LIST.size;
      if (entry.icon) {
        const at = ` x="${round(PAD + x)}" y="${round(baseline - 12)}" width="${LIST.icon}" height="${LIST.icon}"`;
        out.push(toXml(entry.icon, at));
      }
      const b = entry.bold ? `<tspan font-weight="700">${escapeXml(entry.bold)}</tspan>` : '';
      out.push(
        `<text x="${round(PAD + x + lead)}" y="${round(baseline)}" font-size="${round(LIST.size)}" fill="${this.colors.text}">${b}${escapeXml(text)}</text>`,
      );
      x += width + LIST.gapX;
    }
    this.parts.push(`<g class="${className}">${out.join('')}</g>`);
    this.y = top + line;
  }

  /** The chart's own SVG, placed at its size in the column. */
  chart(svg: Element, height: number, above: number, overflow: 'visible' | 'hidden'): void {
    this.y += above;
    const viewBox = attr(svg, 'viewBox') ?? `0 0 ${this.width} ${height}`;
    const body = svg.childNodes.map((child) => toXml(child)).join('');
    const kind = ['chart', ...classes(svg)].join(' ');
    this.parts.push(
      `<svg x="${PAD}" y="${round(this.y)}" width="${this.width}" height="${height}" viewBox="${viewBox}" overflow="${overflow}" font-size="13" fill="${this.colors.text}" class="${kind}">${body}</svg>`,
    );
    this.y += height;
  }
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Widths no narrower than `typeset`'s nor the per-character estimate's. */
const widest = (typeset: Typeset): Typeset => ({
  ...typeset,
  width: (text, size, bold) =>
    Math.max(typeset.width(text, size, bold), ESTIMATE.width(text, size, bold)),
});

/**
 * Renders one widget from its fields to a standalone SVG image `options.width` pixels wide (its
 * height follows from the content).
 */
export async function renderSvg(
  widget: string,
  fields: Record<string, unknown>,
  options: StaticOptions = {},
): Promise<RenderedSvg> {
  return renderSvgIn(widget, fields, options, {});
}

/**
 * `renderSvg` with its text measured in `fonts` (a family and font files besides the machine's:
 * what a PNG is drawn with); the SVG names that family before `sans-serif`.
 */
export async function renderSvgIn(
  widget: string,
  fields: Record<string, unknown>,
  options: StaticOptions,
  fonts: Omit<FontChoice, 'locale'>,
): Promise<RenderedSvg> {
  const name = checkWidget(widget);
  const width = checkWidth(options.width);
  // An image has no reader's colour scheme: dark only when asked for.
  const theme = options.theme ?? (fields['theme'] === 'dark' ? 'dark' : 'light');
  const inner = width - 2 * PAD;
  // The language the widget writes in, as it resolves it.
  const locale = resolveLocale([
    { attribute: 'locale', value: options.locale ?? fields['locale'] },
  ]).value;
  const measured = await fontTypeset({ ...fonts, locale });
  // An SVG that names no family is drawn in the viewer's own sans-serif (a mail client, a feed
  // reader), maybe wider than this machine's: text is set no narrower than the estimate either.
  const pinned = !!fonts.fontFamily || (fonts.fontFiles?.length ?? 0) > 0;
  const typeset: Typeset = pinned ? measured.typeset : widest(measured.typeset);
  // The server render lays its chart out at the element's width less the theme's padding; ask for
  // the width that leaves the chart this image's inner width.
  const rendered = await renderElement(
    name,
    fields,
    {
      ...options,
      theme,
    },
    inner + (theme === 'dark' ? 2 * DARK_PADDING_X : 0),
    typeset,
  );
  const issues = [...rendered.issues, ...measured.issues];
  if (!rendered.html) return { svg: '', width, height: 0, alt: '', issues };
  const colors = PALETTES[theme];
  const parsed = setAsidePathData(rendered.html);
  const tree = parseFragment(parsed.html);
  const frame = find(tree, (el) => el.tagName === 'figure');
  if (!frame) throw new Error(`the server render of ${name} has no frame`);
  const column = new Column(inner, colors, typeset);
  let title = '';
  let description = '';
  /** The text around the chart but the heading and source: the card's figures, say. */
  const words: string[] = [];
  for (const el of elements(frame)) {
    const kind = classes(el);
    const style = kind.map((k) => TEXT[k]).find(Boolean);
    if (el.tagName === 'figcaption') title = squash(textOf(el));
    else if (style && !kind.includes('source')) words.push(squash(textOf(el)));
    if (style) {
      column.text(squash(textOf(el)), style);
    } else if (kind.includes('chart')) {
      const svg = elements(el).find((e) => e.tagName === 'svg');
      const caption = find(el, (e) => e.tagName === 'caption');
      description = attr(svg ?? el, 'aria-label') ?? (caption ? squash(textOf(caption)) : '');
      if (svg) {
        const [, , w = inner, h = 0] = (attr(svg, 'viewBox') ?? '').split(' ').map(Number);
        column.chart(
          svg,
          Math.round((h * inner) / w),
          name === 'deal-value-card' ? 10 : 4,
          // As in the widgets: the gauge's labels may reach past its box, a map is clipped to it.
          name === 'site-map' ? 'hidden' : 'visible',
        );
      }
    } else if (kind.includes('legend') || kind.includes('key')) {
      column.list(
        elements(el).map((li) => {
          const icon = elements(li).find((e) => e.tagName === 'svg');
          const number = attr(li, 'data-number');
          return {
            icon,
            bold: number ? `${number}. ` : undefined,
            text: squash(textOf(li)),
          };
        }),
        kind.includes('legend') ? 'legend' : 'key',
      );
    }
  }
  const height = Math.ceil(column.y + PAD);
  // Never without words: a chart's own summary, else the figures around it, else all the text.
  description ||= words.filter(Boolean).join(' ') || squash(textOf(frame));
  title ||= description;
  const alt = title === description ? description : `${title}${altColon(locale)}${description}`;
  const family = fonts.fontFamily ? `${escapeXml(JSON.stringify(fonts.fontFamily))}, ` : '';
  const image = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="lede-title lede-desc" xml:lang="${escapeXml(locale)}" font-family="${family}sans-serif">
<title id="lede-title">${escapeXml(title)}</title>
<desc id="lede-desc">${escapeXml(description)}</desc>
<style>${chartStyles(name, colors)}</style>
<rect width="${width}" height="${height}" fill="${colors.background}"/>
${column.parts.join('\n')}
</svg>
`;
  return { svg: parsed.restore(image), width, height, alt, issues };
}

/** Between the heading and the figures in alt text: ": ", " : " in French, "：" in Japanese. */
function altColon(locale: string): string {
  const language = languageOf(locale);
  return language === 'fr' ? '\u00a0: ' : language === 'ja' ? '：' : ': ';
}
