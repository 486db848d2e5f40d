// Server render: a widget to HTML with declarative shadow DOM, in Node, through @lit-labs/ssr. The
// HTML shows the finished chart and its text before any script runs; the browser build takes it
// over (hydrates) without drawing it again. Data travels as attributes, which is what the browser
// reads again when it takes over.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { html, type ReactiveElement, type TemplateResult } from 'lit';
import '../define.js';
import { hasFatal, issue, type LedeIssue } from '../core/data/issues.js';
import { issuesOf, type LedeElement } from '../core/element/lede-element.js';
import { withStaticTypeset } from '../core/element/static-typeset.js';
import { ESTIMATE, type Typeset } from '../core/layout/text.js';
import { parseRegion } from '../geo/resolve.js';
import { preloadRegion } from '../load-region.js';
import {
  checkWidget,
  checkWidth,
  toAttributes,
  type StaticOptions,
  type WidgetName,
} from './widgets.js';

export interface RenderedHtml {
  /** `<lede-…>` with its declarative shadow root; empty when an error kept the widget from drawing. */
  html: string;
  /** Problems with the fields, as the element reports them in a browser (`lede-error`). */
  issues: LedeIssue[];
}

/** Settings of a live element that a server render cannot use: it fetches nothing and never animates. */
const SERVER_IGNORES = ['src', 'loading', 'layoutWidth', 'noAnimation'];

/** Attributes for the next element the renderer creates (a render is synchronous). */
let pending: [string, string][] = [];
let rendered: LedeElement | undefined;

class LedeRenderer extends LitElementRenderer {
  constructor(tagName: string) {
    super(tagName);
    rendered = this.element as LedeElement;
    for (const [name, value] of pending) this.setAttribute(name, value);
    pending = [];
  }
}

const TEMPLATES: Record<WidgetName, TemplateResult> = {
  'power-ramp-gauge': html`<lede-power-ramp-gauge></lede-power-ramp-gauge>`,
  'site-map': html`<lede-site-map></lede-site-map>`,
  'deal-value-card': html`<lede-deal-value-card></lede-deal-value-card>`,
};

/**
 * Renders one widget from its fields (the properties of the article format: `stages`, `region`,
 * `convertedAmount`…) to HTML. A map reads its country's outline from the package first. Issues
 * that keep the widget from drawing come back with an empty `html`.
 */
export async function renderHtml(
  widget: string,
  fields: Record<string, unknown>,
  options: StaticOptions = {},
): Promise<RenderedHtml> {
  return renderElement(checkWidget(widget), fields, options, checkWidth(options.width));
}

/**
 * `renderHtml` at a `width` already checked (the SVG asks for its inner width, which may be below
 * the range a caller may ask for), laid out with `typeset`: the estimate for HTML, whose text the
 * reader's page font draws, the font file's widths for an image.
 */
export async function renderElement(
  name: WidgetName,
  fields: Record<string, unknown>,
  options: StaticOptions,
  width: number,
  typeset: Typeset = ESTIMATE,
): Promise<RenderedHtml> {
  const tag = `lede-${name}`;
  // Fields the element does not read, and settings that mean nothing on a server, are left out.
  const known = (customElements.get(tag) as unknown as typeof ReactiveElement).elementProperties;
  const ignored = Object.keys(fields).filter(
    (key) => !key.startsWith('$') && (!known.has(key) || SERVER_IGNORES.includes(key)),
  );
  const { attributes, issues } = toAttributes({
    ...Object.fromEntries(Object.entries(fields).filter(([key]) => !ignored.includes(key))),
    ...(options.theme ? { theme: options.theme } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
    layoutWidth: width,
  });
  for (const key of ignored) {
    const why = known.has(key) ? 'means nothing in a static render' : `is not a field of ${tag}`;
    issues.push(issue(key, fields[key], `${JSON.stringify(key)} ${why}; ignoring it`, 'warning'));
  }
  if (name === 'site-map') {
    const region = parseRegion(fields['region']).value;
    if (region) {
      try {
        await preloadRegion(region);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return { html: '', issues: [issue('region', region, `no outline of ${region} (${why})`)] };
      }
      // The browser draws the same map only once it has the outline too: it waits for it.
      attributes.push(['defer-hydration', '']);
    }
  }
  pending = attributes;
  const text = withStaticTypeset(typeset, () =>
    collectResultSync(render(TEMPLATES[name], { elementRenderers: [LedeRenderer] })),
  );
  const found = [...issues, ...(rendered ? issuesOf(rendered) : [])];
  rendered = undefined;
  if (hasFatal(found)) return { html: '', issues: found };
  // The outer template's markers are for hydrating that template, which no page does.
  return { html: text.replace(/^<!--lit-part[^>]*-->|<!--\/lit-part-->$/g, ''), issues: found };
}
