// The base every Lede widget extends: resolves locale and theme, reads data from attributes,
// properties or a JSON child, reports issues once (event + console), and draws the shared frame.
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { hasFatal, type LedeIssue } from '../data/issues.js';
import { parseEnum, parseText } from '../data/parse.js';
import { languageOf, resolveLocale, type Language } from '../format/locale.js';
import { CORE_MESSAGES } from '../format/messages.js';
import { resolveTheme, THEMES } from '../theme/theme.js';
import { baseStyles } from '../theme/styles.js';
import { MediaQueryController } from '../controllers/media.js';
import { PageContextController } from '../controllers/context.js';
import { SizeController } from '../controllers/size.js';
import { closestAttribute } from './ancestors.js';
import { CHILD_DATA_SELECTOR, parseChildData } from './child-data.js';
import type { LedeErrorEvent } from './events.js';

/**
 * Base of every Lede widget.
 *
 * @attr locale - BCP 47 locale for numbers and words; default: the nearest `lang`, else `en`.
 * @attr theme - `light`, `dark` or `auto` (default): the reader's colour scheme, unless an ancestor has `data-theme`.
 * @attr heading - Heading shown above the chart.
 * @attr source - Source line shown below the chart.
 * @attr no-animation - Draw the final state at once, without the entry animation.
 */
export abstract class LedeElement extends LitElement {
  static override styles = [baseStyles];

  // Declared without decorators: the decorator helpers cost about 0.4 KB min+gzip per bundle.
  static override properties: PropertyDeclarations = {
    locale: {},
    theme: {},
    heading: {},
    source: {},
    noAnimation: { type: Boolean, attribute: 'no-animation' },
  };

  /** BCP 47 locale for numbers and words. Default: the nearest `lang`, else the document's, else `en`. */
  declare locale?: string;

  /** `light`, `dark` or `auto` (the reader's colour scheme; an ancestor's `data-theme` wins over it). */
  declare theme?: string;

  /** Heading shown above the chart. */
  declare heading?: string;

  /** Source line shown below the chart. */
  declare source?: string;

  /** Draws the final state at once, without the entry animation. */
  noAnimation = false;

  protected readonly size = new SizeController(this);
  protected readonly reducedMotion = new MediaQueryController(
    this,
    '(prefers-reduced-motion: reduce)',
  );
  readonly #prefersDark = new MediaQueryController(this, '(prefers-color-scheme: dark)');

  /** Resolved in willUpdate, read in render. */
  protected resolvedLocale = 'en';
  protected language: Language = 'en';
  protected resolvedTheme: 'light' | 'dark' = 'light';
  protected headingText?: string;
  protected sourceText?: string;
  /** Issues of this update: shared ones plus those the widget adds with `addIssues`. */
  protected issues: LedeIssue[] = [];

  #childData: Record<string, unknown> = {};
  #childIssues: LedeIssue[] = [];
  #childObserver?: MutationObserver;
  #childText?: string | null;
  #reportedIssues = '';
  #readyFor: unknown;

  constructor() {
    super();
    new PageContextController(this);
  }

  /** The drawn model once a chart is on screen, else undefined; `lede-ready` fires when it changes. */
  protected abstract get drawn(): unknown;

  protected abstract renderChart(): TemplateResult | typeof nothing;

  /** Text that sits between the heading and the chart. */
  protected renderAboveChart(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** Inline size of the chart box, for widgets whose height follows their data, not their width. */
  protected chartStyle(): string {
    return '';
  }

  /** Legends and keys that sit between the chart and the source line. */
  protected renderBelowChart(): TemplateResult | typeof nothing {
    return nothing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildData();
    this.#childObserver ??= new MutationObserver(() => this.#readChildData());
    this.#childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
  }

  /** A data field: the attribute or property when set, else the JSON child's field of that name. */
  protected field(name: string, own: unknown): unknown {
    return own ?? this.#childData[name];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = resolveLocale([
      { attribute: 'locale', value: this.locale },
      { attribute: 'lang', value: closestAttribute(this, 'lang') },
    ]);
    const theme = parseEnum('theme', this.theme, THEMES, 'auto');
    const heading = parseText('heading', this.field('heading', this.heading));
    const source = parseText('source', this.field('source', this.source));
    this.resolvedLocale = locale.value;
    this.language = languageOf(locale.value);
    this.resolvedTheme = resolveTheme(
      theme.value,
      closestAttribute(this, 'data-theme'),
      this.#prefersDark.matches,
    );
    this.headingText = heading.value;
    this.sourceText = source.value;
    this.issues = [
      ...this.#childIssues,
      ...locale.issues,
      ...theme.issues,
      ...heading.issues,
      ...source.issues,
    ];
  }

  /** Widgets add their model's issues during willUpdate, after calling super. */
  protected addIssues(found: readonly LedeIssue[]): void {
    this.issues.push(...found);
  }

  protected override firstUpdated(): void {
    const chart = this.renderRoot.querySelector('.chart');
    if (chart) this.size.observe(chart);
  }

  protected override updated(): void {
    this.#reportIssues();
    const drawn = this.drawn;
    if (drawn !== undefined && drawn !== this.#readyFor) {
      this.#readyFor = drawn;
      // Drawing happens inside a ResizeObserver turn; a host that reacts to lede-ready by changing
      // layout there would get "ResizeObserver loop" errors, so the event waits for a fresh task.
      setTimeout(() => {
        if (this.#readyFor === drawn && this.isConnected) {
          this.dispatchEvent(new CustomEvent('lede-ready', { bubbles: true, composed: true }));
        }
      });
    }
  }

  /** Fires `lede-error` and warns once each time the set of issues changes. */
  #reportIssues(): void {
    const key = this.issues.map((i) => `${i.attribute}|${i.message}`).join('\n');
    if (key === this.#reportedIssues) return;
    this.#reportedIssues = key;
    if (this.issues.length === 0) return;
    // localName is the tag this element was registered under, whatever copy defined it.
    console.warn(`<${this.localName}>: ${this.issues.map((i) => i.message).join('; ')}`);
    const event: LedeErrorEvent = new CustomEvent('lede-error', {
      bubbles: true,
      composed: true,
      detail: { issues: this.issues.map((i) => ({ ...i })) },
    });
    this.dispatchEvent(event);
  }

  protected get shouldAnimate(): boolean {
    return !this.noAnimation && !this.reducedMotion.matches;
  }

  override render(): TemplateResult {
    const fatal = hasFatal(this.issues);
    return html`<figure class="frame ${this.resolvedTheme}" part="frame">
      ${
        this.headingText
          ? html`<figcaption class="heading" part="heading">${this.headingText}</figcaption>`
          : nothing
      }
      ${fatal ? nothing : this.renderAboveChart()}
      <div class="chart" part="chart" style=${this.chartStyle()}>
        ${fatal ? this.#renderError() : this.renderChart()}
      </div>
      ${fatal ? nothing : this.renderBelowChart()}
      ${
        this.sourceText
          ? html`<p class="source" part="source">
              ${CORE_MESSAGES[this.language].source(this.sourceText)}
            </p>`
          : nothing
      }
    </figure>`;
  }

  #renderError(): TemplateResult {
    const fatal = this.issues.filter((i) => i.severity === 'error');
    return html`<div class="error" part="error">
      <p><strong>${CORE_MESSAGES[this.language].cannotDraw}</strong></p>
      ${fatal.map((i) => html`<p>${i.message}</p>`)}
    </div>`;
  }

  #readChildData(): void {
    const script = this.querySelector(CHILD_DATA_SELECTOR);
    const text = script ? script.textContent : null;
    // Unchanged text keeps the parsed objects, so a move or an unrelated DOM change redraws nothing.
    if (text === this.#childText) return;
    this.#childText = text;
    const parsed = parseChildData(text);
    this.#childData = parsed.value;
    this.#childIssues = parsed.issues;
    this.requestUpdate();
  }
}
