// A widget part of an article in, the code an editor pastes into a page out: the script tag, the
// element with every field as an attribute (HTML-escaped), and the style that reserves its height
// while the script loads (the rules of lede.css, from reserveCss()).
import { toAttributes } from '../server/widgets.js';
import { reserveCss } from '../core/theme/reserve.js';
import type { ArticleDocument } from '../suggest/types.js';

export type PartName = keyof ArticleDocument;

/** The element each part of an article draws in. */
export const TAGS: Record<PartName, string> = {
  ramp: 'lede-power-ramp-gauge',
  sites: 'lede-site-map',
  deal: 'lede-deal-value-card',
};

/**
 * The script URL the embed code points to by default: the page's `<meta name="lede-script">`
 * resolved against it, which the built page sets to the `lede.js` beside its folder. The site
 * that hosts the builder serves the widgets too; no third-party server is named.
 */
export function defaultScriptUrl(page: Document = document): string {
  const meta = page.querySelector<HTMLMetaElement>('meta[name="lede-script"]');
  return new URL(meta?.content || '../lede.js', page.baseURI).href;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text safe inside a double-quoted HTML attribute or between tags. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The element of one part, its fields as attributes: `<lede-site-map region="JP" …></lede-site-map>`. */
export function elementHtml(part: PartName, fields: object, locale?: string): string {
  const { attributes } = toAttributes({ ...fields, ...(locale ? { locale } : {}) });
  const tag = TAGS[part];
  const list = attributes.map(([name, value]) =>
    value === '' ? name : `${name}="${escapeHtml(value)}"`,
  );
  return `<${tag}${list.map((a) => `\n  ${a}`).join('')}\n></${tag}>`;
}

/** The whole snippet: script, reserving style, element. */
export function embedHtml(
  part: PartName,
  fields: object,
  options: { scriptUrl: string; locale?: string },
): string {
  return [
    `<script type="module" src="${escapeHtml(options.scriptUrl)}"></script>`,
    `<style>\n${reserveCss().trim()}\n</style>`,
    elementHtml(part, fields, options.locale),
  ].join('\n');
}
