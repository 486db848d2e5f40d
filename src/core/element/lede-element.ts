// The base every Lede widget extends: resolves locale and theme, reads data from attributes,
// properties, a JSON child or a JSON document (`src`), waits until it is near the viewport before
// fetching or drawing, reports issues once (event + console), and draws the shared frame.
import {
  adoptStyles,
  html,
  isServer,
  LitElement,
  nothing,
  type PropertyDeclarations,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { asWarnings, hasFatal, issue, type LedeIssue } from '../data/issues.js';
import { parseEnum, parseNumber, parseText } from '../data/parse.js';
import type { SourceData } from './source-data.js';
import { languageOf, resolveLocale, type Language } from '../format/locale.js';
import { CORE_MESSAGES, droppedNote, unreadableSentence } from '../format/messages.js';
import { DARK_PADDING_X, resolveTheme, THEMES } from '../theme/theme.js';
import { baseStyles } from '../theme/styles.js';
import { MediaQueryController } from '../controllers/media.js';
import { pageColorScheme, PageContextController } from '../controllers/context.js';
import { SizeController } from '../controllers/size.js';
import { ViewportController } from '../controllers/viewport.js';
import { TypesetController } from '../controllers/typeset.js';
import { memoizeLast } from '../data/memo.js';
import type { Typeset } from '../layout/text.js';
import { staticTypeset } from './static-typeset.js';
import { closestAttribute } from './ancestors.js';
import { clampedText } from './clamped.js';
import { CHILD_DATA_SELECTOR, parseChildData } from './child-data.js';
import type { LedeErrorEvent } from './events.js';
import { japanesePhrases } from './japanese-phrases.js';
import { PropertyWait } from './property-wait.js';

/** The issues of an element's last update, for a server render (which fires no events). */
export let issuesOf: (element: LedeElement) => readonly LedeIssue[];

/**
 * Base of every Lede widget.
 *
 * @attr locale - BCP 47 locale for numbers and words; default: the nearest `lang`, else `en`.
 * @attr theme - `light`, `dark` or `auto` (default): an ancestor's `data-theme`, else the page's `color-scheme` (CSS or `<meta name="color-scheme">`), else the reader's system preference.
 * @attr heading - Heading shown above the chart.
 * @attr source - Source line shown below the chart.
 * @attr no-animation - Draw the final state at once, without the entry animation.
 * @attr src - URL of a JSON document with the widget's fields; `#part` picks a part of it (`article.json#sites`). Attributes and a JSON child win over it.
 * @attr loading - `lazy` or `eager`: fetch data and draw when near the viewport (default), or at once.
 * @attr {string} layout-width - Width in CSS pixels to lay the chart out at before the widget can measure itself: in a server render, and while a browser takes that render over. The widget redraws at its measured width if it differs.
 */
export abstract class LedeElement extends LitElement {
  static override styles = [baseStyles];

  static {
    issuesOf = (element) => element.issues;
  }

  // Declared without decorators: the decorator helpers cost about 0.4 KB min+gzip per bundle.
  static override properties: PropertyDeclarations = {
    locale: {},
    theme: {},
    heading: {},
    source: {},
    noAnimation: { type: Boolean, attribute: 'no-animation' },
    // Setting src again, even to the same URL, retries a document that failed.
    src: { hasChanged: () => true },
    loading: {},
    layoutWidth: { attribute: 'layout-width' },
  };

  /** BCP 47 locale for numbers and words. Default: the nearest `lang`, else the document's, else `en`. */
  declare locale?: string;

  /**
   * `light`, `dark` or `auto` (default): an ancestor's `data-theme`, else the page's `color-scheme`
   * (`dark` alone: dark; `light` or none: light; both: the reader's system preference).
   */
  declare theme?: string;

  /** Heading shown above the chart. */
  declare heading?: string;

  /** Source line shown below the chart. */
  declare source?: string;

  /** Draws the final state at once, without the entry animation. */
  noAnimation = false;

  /**
   * URL of a JSON document holding the widget's fields, relative to the page. A fragment picks the
   * part of the document for this widget: `article.json#sites` reads the object at `/sites`.
   * Attributes and a JSON child win over the document's fields.
   */
  declare src?: string;

  /** `lazy` or `eager`: fetch data and draw only near the viewport (default), or at once. */
  declare loading?: string;

  /**
   * Width of the widget in CSS pixels to lay the chart out at before it can measure itself: in a
   * server render, and while a browser takes that render over. Once measured, the widget redraws at
   * its own width if it differs.
   */
  declare layoutWidth?: number | string;

  protected readonly size = new SizeController(this);
  protected readonly reducedMotion = new MediaQueryController(
    this,
    '(prefers-reduced-motion: reduce)',
  );
  readonly #prefersDark = new MediaQueryController(this, '(prefers-color-scheme: dark)');
  readonly #viewport = new ViewportController(this);
  // Text inherits the chart box's font; the frame states the widget's language, which picks the
  // browser's default font for it.
  readonly #measure: TypesetController = new TypesetController(this, (): [Element, string] => [
    this.renderRoot?.querySelector('.chart') ?? this,
    this.resolvedLocale,
  ]);
  readonly #propertyWait = new PropertyWait(this);
  /** A data field holds `[object Object]` text a framework will replace with the property. */
  #awaitingProperties = false;
  /**
   * One typeset object per set of widths, so layouts memoized on it are redone only when the widths
   * change (a new font, web fonts arriving). Other members (where lines may break) join it here.
   */
  readonly #typeset = memoizeLast((widths: Typeset, phrases: Typeset['phrases']): Typeset => ({
    width: (text, size, bold) => widths.width(text, size, bold),
    ...(phrases ? { phrases } : {}),
  }));

  /** Resolved in willUpdate, read in render. */
  protected resolvedLocale = 'en';
  protected language: Language = 'en';
  /** Where Japanese lines may break (BudouX), for the browser typeset; undefined until loaded. */
  protected phrases?: (text: string) => string[];
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
  /** The drawn model `lede-ready` last announced. */
  #announced: unknown;
  #printing = false;
  readonly #beforePrint = () => this.#print(true);
  readonly #afterPrint = () => this.#print(false);
  /** The `src` this update reads (resolved once), and its document's part once fetched or failed. */
  #source?: { raw: string; base: string; started: boolean; done?: SourceData };
  /** Data fields read from the document in this update: their issues are located in it. */
  #fromSource = new Set<string>();
  /**
   * This update takes over a server render (the host had a shadow root before its first update).
   * It draws what the server drew, from the element's own attributes and `layout-width`, so that
   * Lit can adopt the server's DOM as it is; the next update draws for the page.
   */
  #hydrating = false;
  /** `layout-width`, checked. */
  #layoutWidth?: number;

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

  /**
   * Custom properties for the chart box, for widgets whose height follows their data, not their
   * width. Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it
   * does not).
   */
  protected chartStyle(): Record<string, string> {
    return {};
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
    addEventListener('beforeprint', this.#beforePrint);
    addEventListener('afterprint', this.#afterPrint);
    // Drawn while detached (a document arrived meanwhile): announce it now.
    this.#announce();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#childObserver?.disconnect();
    removeEventListener('beforeprint', this.#beforePrint);
    removeEventListener('afterprint', this.#afterPrint);
  }

  /**
   * Printing draws at once whatever can be drawn without waiting (data at hand, outline loaded),
   * in its final state: a print layout is taken right after `beforeprint`.
   */
  #print(printing: boolean): void {
    this.#printing = printing;
    if (!printing) return;
    this.#viewport.arrive();
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (chart) this.size.measure(chart);
    this.requestUpdate();
    this.performUpdate();
  }

  /**
   * A data field: the attribute or property when set, else the JSON child's field of that name,
   * else the `src` document's.
   */
  protected field(name: string, own: unknown): unknown {
    const value = own ?? this.#childData[name];
    if (value !== undefined && value !== null) return value;
    const data = this.#source?.done?.data;
    if (!data || !Object.hasOwn(data, name)) return value;
    this.#fromSource.add(name);
    return data[name];
  }

  /** Far from the viewport (and not `loading="eager"`): widgets fetch and lay out nothing yet. */
  protected get near(): boolean {
    return this.#viewport.near || this.#asServer;
  }

  /** The next update takes a server render over (see `createRenderRoot`). */
  protected get takingOver(): boolean {
    return this.#hydrating;
  }

  /** Drawing as a server does: on the server, and in the update that takes a server render over. */
  get #asServer(): boolean {
    return isServer || this.#hydrating;
  }

  /**
   * The chart box's size to lay out at: measured, or before the widget can measure it (server
   * render, hydration) the `layout-width` hint less the theme's padding, with the height the
   * widget's stylesheet gives that width. Zero until either is known.
   */
  protected get box(): { width: number; height: number } {
    const { width, height } = this.size;
    if ((width > 0 && height > 0) || !this.#asServer) return { width, height };
    const hint = this.#layoutWidth;
    if (!hint) return { width: 0, height: 0 };
    const padding = this.resolvedTheme === 'dark' ? 2 * DARK_PADDING_X : 0;
    const chart = Math.round(Math.min(hint, 4000)) - padding;
    return chart > 0 ? { width: chart, height: this.chartHeight(chart) } : { width: 0, height: 0 };
  }

  /**
   * How layouts measure text. In the browser: the chart's computed font, measured (text inherits
   * it from the chart box). On the server, and in the update that takes a server render over: the
   * static typeset, which laid out the server's HTML, so that the browser adopts the same DOM.
   */
  protected get typeset(): Typeset {
    if (this.#asServer) {
      const typeset = staticTypeset();
      return this.#typeset(typeset, typeset.phrases);
    }
    return this.#typeset(this.#measure.typeset(), this.phrases);
  }

  /**
   * Height of the chart box at `width`, as the widget's stylesheet sets it (for `box`). Here the
   * base stylesheet's 4 / 3 box.
   */
  protected chartHeight(width: number): number {
    return Math.round((width * 3) / 4);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A shadow root before the first render is declarative shadow DOM: a server render to take
    // over when it holds Lit's markers and Lit's hydration support is installed (it gives
    // LitElement its own observedAttributes). Otherwise (markup of unknown origin, the support
    // missing or a render inserted after the elements were defined) the widget draws afresh over
    // it: plain Lit would draw a second copy in front of the server's.
    const root = this.shadowRoot;
    if (root && !this.hasUpdated) {
      const marked = [...root.childNodes].some(
        (node) => node instanceof Comment && node.data.startsWith('lit-part'),
      );
      if (!marked || !Object.hasOwn(LitElement, 'observedAttributes')) return this.#clear(root);
      this.#hydrating = true;
    }
    return super.createRenderRoot();
  }

  /** Empties a declarative shadow root and gives it the widget's own styles, to draw afresh in. */
  #clear(root: ShadowRoot): ShadowRoot {
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /**
   * Takes over a server render with Lit's hydration. Should the server's DOM not match what this
   * update draws (a render by another version of Lede, say), the widget draws afresh in the same
   * shadow root instead of throwing into the page.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.#hydrating) throw error;
      console.warn(
        `<${this.localName}>: could not take over the server render; drawing afresh.`,
        error,
      );
      render(this.render(), this.#clear(this.renderRoot as ShadowRoot), this.renderOptions);
    }
  }

  /**
   * The `src` document is on its way, or failed, or a framework has yet to set a property it wrote
   * as `[object Object]` text: widgets parse nothing (their fields are not all there), and the
   * chart box shows a placeholder or the document's error.
   */
  protected get pending(): boolean {
    return this.#awaitingProperties || (!!this.#source && !this.#source.done?.data);
  }

  /**
   * Waits for properties while a data field holds `[object Object]` text, in a browser: a server
   * render has no framework to wait for, so the text is an issue there at once.
   */
  #awaitProperties(): void {
    const names = (this.constructor as typeof LedeElement).elementProperties.keys();
    const values = [...names].map((name) => this[name as keyof this]);
    this.#awaitingProperties = !this.#asServer && this.#propertyWait.waiting(values);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const locale = resolveLocale([
      { attribute: 'locale', value: this.locale },
      { attribute: 'lang', value: this.#pageAttribute('lang') },
    ]);
    const theme = parseEnum('theme', this.theme, THEMES, 'auto');
    const loading = parseEnum('loading', this.loading, ['lazy', 'eager'], 'lazy');
    // Only a hint: a bad value is a warning, and the widget waits to measure itself.
    const layoutWidth = parseNumber('layout-width', this.layoutWidth, { min: 1 });
    this.#layoutWidth = layoutWidth.value;
    if (loading.value === 'eager') this.#viewport.arrive();
    this.#followSource(changed.has('src'));
    this.#awaitProperties();
    this.#fromSource = new Set();
    const heading = parseText('heading', this.field('heading', this.heading));
    const source = parseText('source', this.field('source', this.source));
    this.resolvedLocale = locale.value;
    this.language = languageOf(locale.value);
    // A server lays out with the static typeset's phrases; a browser loads BudouX for Japanese.
    if (!isServer) this.phrases = japanesePhrases(this.language, () => this.requestUpdate());
    this.resolvedTheme = resolveTheme(
      theme.value,
      this.#pageAttribute('data-theme'),
      this.#pageColorScheme(),
      // A server cannot know the reader's colour scheme.
      !this.#asServer && this.#prefersDark.matches,
    );
    this.headingText = heading.value;
    this.sourceText = source.value;
    this.issues = [
      ...this.#childIssues,
      ...locale.issues,
      ...theme.issues,
      ...loading.issues,
      ...asWarnings(layoutWidth.issues, 'ignoring it'),
      ...(this.#source?.done?.issues ?? []),
    ];
    this.addIssues([...heading.issues, ...source.issues]);
  }

  /** The nearest `name` attribute, up through ancestors; a server sees the element alone. */
  #pageAttribute(name: string): string | null {
    return this.#asServer ? this.getAttribute(name) : closestAttribute(this, name);
  }

  /**
   * The colour scheme the page gives the element: its computed `color-scheme` (CSS on the page or
   * an ancestor), else, when that is `normal`, the page's `<meta name="color-scheme">` (which
   * browsers apply to such elements but do not show in the computed value). Read again, and the
   * widget redrawn, when the root's or body's class or style, or the head, changes, and when the
   * system's preference does (a page's `@media (prefers-color-scheme)` rules). A server has no page.
   */
  #pageColorScheme(): string | undefined {
    return this.#asServer || !this.isConnected ? undefined : pageColorScheme(this);
  }

  /** Widgets add their model's issues during willUpdate, after calling super. */
  protected addIssues(found: readonly LedeIssue[]): void {
    // An issue with a field read from the `src` document names the document and the path in it.
    const done = this.#source?.done;
    this.issues.push(...(done ? found.map((i) => done.locate(i, this.#fromSource)) : found));
  }

  /**
   * Starts reading the `src` document once the widget is near. A new `src` forgets the old one
   * (a late answer for it is ignored); setting the same `src` again after a failure retries. A
   * relative URL is resolved once, against the page's URL when `src` was set.
   */
  #followSource(set: boolean): void {
    const raw = typeof this.src === 'string' ? this.src.trim() : this.src;
    if (raw === undefined || raw === null || raw === '') {
      this.#source = undefined;
      return;
    }
    const failed = this.#source?.done && !this.#source.done.data;
    if (this.#source?.raw !== String(raw) || (set && failed)) {
      this.#source = { raw: String(raw), base: globalThis.document?.baseURI ?? '', started: false };
    }
    const source = this.#source;
    if (!this.near || source.started) return;
    source.started = true;
    void import('./source-data.js')
      .then((m) => m.readSource(raw, source.base, this))
      .catch((error: unknown) => ({
        issues: [issue('src', raw, `src could not be read: ${String(error)}`)],
        locate: (found: LedeIssue) => found,
      }))
      .then((done) => {
        source.done = done;
        if (this.#source === source) this.requestUpdate();
      });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Measuring starts near the viewport: until then widgets see a zero size and lay out nothing.
    const chart = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (chart && this.near) this.size.observe(chart);
    if (chart) applyStyle(chart, this.chartStyle());
    this.#reportIssues();
    this.#announce(true);
    // Only the update that a ResizeObserver turn caused counts as in that turn.
    this.size.fromObserver = false;
    if (this.#hydrating) {
      // The server's drawing is on screen: the widget stays drawn wherever it is on the page, and
      // draws next for the page (its width, the reader's colour scheme, the ancestors' lang).
      // (After this update has finished, still before the next paint.)
      this.#hydrating = false;
      queueMicrotask(() => {
        this.#viewport.arrive();
        this.requestUpdate();
      });
    }
  }

  /**
   * Fires `lede-ready` once for each new drawn model, while connected: right after the update that
   * drew it, or in a later task when that update ran in a ResizeObserver turn (a host that changes
   * layout in its listener would otherwise get "ResizeObserver loop" errors) or on reconnection.
   */
  #announce(now = false): void {
    const drawn = this.drawn;
    if (drawn === undefined || drawn === this.#announced) return;
    const fire = () => {
      if (this.drawn !== drawn || drawn === this.#announced || !this.isConnected) return;
      this.#announced = drawn;
      this.dispatchEvent(new CustomEvent('lede-ready', { bubbles: true, composed: true }));
    };
    if (now && !this.size.fromObserver) fire();
    else setTimeout(fire);
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

  /** A server render is drawn in its final state, and stays so once the browser takes it over. */
  protected get shouldAnimate(): boolean {
    return !this.noAnimation && !this.reducedMotion.matches && !this.#printing && !this.#asServer;
  }

  override render(): TemplateResult {
    const fatal = hasFatal(this.issues);
    return html`<figure
      class="frame ${this.resolvedTheme}"
      part="frame"
      lang=${this.resolvedLocale}
    >
      ${this.headingText ? this.#renderHeading(this.headingText) : nothing}
      ${fatal || this.pending ? nothing : this.renderAboveChart()}
      <div
        class="chart"
        part="chart"
        aria-busy=${!fatal && this.drawn === undefined ? 'true' : 'false'}
        style=${ifDefined(isServer ? styleText(this.chartStyle()) || undefined : undefined)}
      >
        ${
          fatal
            ? this.#renderError()
            : this.pending
              ? html`<div class="placeholder" part="placeholder"></div>`
              : this.renderChart()
        }
      </div>
      ${fatal || this.pending ? nothing : this.renderBelowChart()}
      ${fatal || this.pending ? nothing : this.#renderDropped()}
      ${this.sourceText ? this.#renderSource(this.sourceText) : nothing}
    </figure>`;
  }

  #renderHeading(text: string): TemplateResult {
    const [clamp, content] = clampedText(text);
    return html`<figcaption class="heading ${clamp}" part="heading">${content}</figcaption>`;
  }

  #renderSource(text: string): TemplateResult {
    const [clamp, content] = clampedText(CORE_MESSAGES[this.language].source(text));
    return html`<p class="source ${clamp}" part="source">${content}</p>`;
  }

  /**
   * The reader's words: the title and one sentence naming the fields, in the widget's language. The
   * developer's message (English, with the values) is in `lede-error` and the console warning.
   */
  #renderError(): TemplateResult {
    const fatal = this.issues.filter((i) => i.severity === 'error');
    return html`<div class="error" part="error">
      <p><strong>${CORE_MESSAGES[this.language].cannotDraw}</strong></p>
      <p>${unreadableSentence(fatal, this.language, this.resolvedLocale)}</p>
    </div>`;
  }

  /** One line under the chart when items were left out while the rest was drawn. */
  #renderDropped(): TemplateResult | typeof nothing {
    const note = droppedNote(this.issues, this.language);
    return note ? html`<p class="note dropped" part="note">${note}</p>` : nothing;
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

const styleText = (properties: Record<string, string>): string =>
  Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');

/**
 * Sets an element's inline style through the CSSOM (a strict CSP allows it; a style attribute not).
 * A server render writes the same declarations as a style attribute, since it has no CSSOM (its
 * styles are inline anyway).
 */
export function applyStyle(element: HTMLElement, properties: Record<string, string>): void {
  element.style.cssText = styleText(properties);
}
