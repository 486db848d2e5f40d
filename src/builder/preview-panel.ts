// <lede-builder-preview>: each widget of the article drawn live, by the widgets themselves, at the
// widths, themes and languages the editor ticks, from the same attributes the embed code carries.
// After each draw it fires `builder-issues` with the widget's own issues for each part.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../define.js';
import { issuesOf, type LedeElement } from '../core/element/lede-element.js';
import type { LedeIssue } from '../core/data/issues.js';
import type { ArticleDocument } from '../suggest/types.js';
import { toAttributes } from '../server/widgets.js';
import { attributes } from './attributes.js';
import { controls } from './builder.styles.js';
import type { PartName } from './embed.js';

export const WIDTHS = [320, 640, 960] as const;
export const THEMES = ['light', 'dark'] as const;
export const LOCALES = ['en', 'fr', 'ja'] as const;

export interface PreviewIssues {
  part: PartName;
  issues: LedeIssue[];
}

/** The builder page's theme: `?theme=`, else the reader's colour scheme. */
function pageTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

@customElement('lede-builder-preview')
export class LedeBuilderPreview extends LitElement {
  static override styles = [
    controls,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 8px;
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: center;
      }
      legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: 2px;
      }
      label {
        display: inline-flex;
        gap: 4px;
        align-items: center;
        min-height: 24px;
      }
      .frames {
        overflow-x: auto;
      }
      figure {
        margin: 0 0 16px;
      }
      figcaption {
        color: var(--b-muted);
        font-size: 0.85rem;
      }
      .frame {
        box-sizing: content-box;
        padding: 0 8px;
        border: 1px dashed var(--b-border);
        background: #ffffff;
        color: #1a1a1a;
      }
      /* Widths as classes: a strict Content-Security-Policy refuses style attributes. */
      .w320 {
        width: 320px;
      }
      .w640 {
        width: 640px;
      }
      .w960 {
        width: 960px;
      }
      .frame.dark {
        background: #16181d;
        color: #eeeeee;
      }
    `,
  ];

  @property({ attribute: false }) article: ArticleDocument = {};
  /** The language previews start in: the article's. */
  @property() locale: string = 'en';

  @state() widths = new Set<number>([320]);
  /** Previews start in the page's own theme. */
  @state() themes = new Set<string>([pageTheme()]);
  @state() locales = new Set<string>();

  /** The first preview of `part`: what the SVG and PNG downloads are made from. */
  firstWidget(part: PartName): LedeElement | null {
    return this.renderRoot.querySelector<LedeElement>(`[data-part="${part}"]`);
  }

  override render() {
    const locales = this.locales.size ? this.locales : new Set([this.locale]);
    const parts = (['ramp', 'sites', 'deal'] as PartName[]).filter((p) => this.article[p]);
    return html`${this.renderChoices('Widths', WIDTHS, this.widths, (w) => `${w} px`)}
      ${this.renderChoices('Themes', THEMES, this.themes, (t) => t)}
      ${this.renderChoices('Languages', LOCALES, locales, (l) => l)}
      <div class="frames">
        ${
          parts.length
            ? parts.map((p) => this.renderPart(p, locales))
            : html`<p>No widget yet: paste an article, or add a part in the form.</p>`
        }
      </div>`;
  }

  private renderChoices<T extends string | number>(
    legend: string,
    all: readonly T[],
    chosen: Set<T>,
    name: (value: T) => string,
  ) {
    // At least one choice stays ticked: unticking the last one does nothing.
    const toggle = (value: T, on: boolean): boolean => {
      const next = new Set<T>(chosen);
      if (on) next.add(value);
      else if (next.size > 1) next.delete(value);
      if (legend === 'Widths') this.widths = next as Set<number>;
      if (legend === 'Themes') this.themes = next as Set<string>;
      if (legend === 'Languages') this.locales = next as Set<string>;
      return next.has(value);
    };
    return html`<fieldset>
      <legend>${legend}</legend>
      ${all.map(
        (value) =>
          html`<label
            ><input
              type="checkbox"
              .checked=${chosen.has(value)}
              @change=${(e: Event) => {
                const box = e.target as HTMLInputElement;
                box.checked = toggle(value, box.checked);
              }}
            />${name(value)}</label
          >`,
      )}
    </fieldset>`;
  }

  private renderPart(part: PartName, locales: Set<string>) {
    const fields = toAttributes({ ...this.article[part] }).attributes;
    const frames = [...this.widths].flatMap((width) =>
      [...this.themes].flatMap((theme) => [...locales].map((locale) => ({ width, theme, locale }))),
    );
    return frames.map(
      ({ width, theme, locale }, i) =>
        html`<figure>
          <figcaption>${part} · ${width} px · ${theme} · ${locale}</figcaption>
          <div class="frame ${theme} w${width}">
            ${this.renderWidget(part, i === 0 ? part : '', [
              ...fields,
              ['theme', theme],
              ['locale', locale],
              ['no-animation', ''],
              ['loading', 'eager'],
            ])}
          </div>
        </figure>`,
    );
  }

  /** One widget; a template per tag, as Lit templates cannot name their tags from data. */
  private renderWidget(part: PartName, mark: string, list: [string, string][]) {
    const onError = () => this.report(part);
    if (part === 'ramp')
      return html`<lede-power-ramp-gauge
        data-part=${mark}
        ${attributes(list)}
        @lede-error=${onError}
      ></lede-power-ramp-gauge>`;
    if (part === 'sites')
      return html`<lede-site-map
        data-part=${mark}
        ${attributes(list)}
        @lede-error=${onError}
      ></lede-site-map>`;
    return html`<lede-deal-value-card
      data-part=${mark}
      ${attributes(list)}
      @lede-error=${onError}
    ></lede-deal-value-card>`;
  }

  protected override updated() {
    void this.settled();
  }

  /**
   * Resolves once every widget has drawn the current fields, after reporting their issues: the
   * widgets draw after this element, so their issues are read once they have.
   */
  async settled(): Promise<void> {
    await this.updateComplete;
    const widgets = [...this.renderRoot.querySelectorAll<LedeElement>('[data-part]')];
    await Promise.all(widgets.map((el) => el.updateComplete));
    for (const part of ['ramp', 'sites', 'deal'] as PartName[]) this.report(part);
  }

  private report(part: PartName) {
    const widget = this.firstWidget(part);
    const detail: PreviewIssues = { part, issues: widget ? [...issuesOf(widget)] : [] };
    this.dispatchEvent(
      new CustomEvent('builder-issues', { detail, bubbles: true, composed: true }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-builder-preview': LedeBuilderPreview;
  }
}
