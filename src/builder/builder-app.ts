// <lede-builder>: the builder page. Article text in (pasted, opened or dropped), suggest() run on
// it, the suggested widgets edited in a form generated from the article schema, previewed live,
// then copied as embed code or downloaded. Holds the state; its parts only show it and report.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { ArticleDocument, Suggestion } from '../suggest/types.js';
import type { LedeIssue } from '../core/data/issues.js';
import { deal, ramp, sites } from './generated/article-schema.js';
import { controls } from './builder.styles.js';
import { defaultScriptUrl, embedHtml, TAGS, type PartName } from './embed.js';
import { blocking, mergeErrors, schemaErrors, widgetErrors, type FieldErrors } from './errors.js';
import { getAt } from './pointer.js';
import { loadSuggest } from './suggest-loader.js';
import { download, pngOf, standaloneSvg } from './downloads.js';
import type { LedeBuilderText, Opened } from './article-text.js';
import type { LedeBuilderForm } from './article-form.js';
import type { LedeBuilderPreview, PreviewIssues } from './preview-panel.js';
import './article-text.js';
import './article-form.js';
import './preview-panel.js';

const VALIDATORS = { ramp, sites, deal };
const PARTS: PartName[] = ['ramp', 'sites', 'deal'];
const LANGUAGES = { en: 'English', fr: 'French', ja: 'Japanese' } as const;

@customElement('lede-builder')
export class LedeBuilder extends LitElement {
  static override styles = [
    controls,
    css`
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.2fr);
        gap: 24px;
        align-items: start;
      }
      @media (max-width: 1100px) {
        .columns {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      section > h2 {
        margin: 0 0 8px;
      }
      .embed textarea {
        width: 100%;
        min-height: 8rem;
        font-family: ui-monospace, monospace;
        font-size: 0.8rem;
      }
      .embed label,
      .article-language {
        display: block;
        margin: 4px 0 8px;
      }
      .embed input[type='url'] {
        width: 100%;
      }
      .status {
        min-height: 1.5em;
        font-weight: 600;
      }
      h3 {
        font-size: 1rem;
        margin: 16px 0 4px;
      }
    `,
  ];

  @state() private text = '';
  @state() private reading = false;
  /** The language the editor chose for the text; empty: the detected one. */
  @state() private language = '';
  @state() private suggestion?: Suggestion;
  @state() private article: ArticleDocument = {};
  @state() private active = '';
  @state() private widgetIssues: Partial<Record<PartName, LedeIssue[]>> = {};
  @state() private scriptUrl = defaultScriptUrl();
  @state() private status = '';
  private errors: FieldErrors = new Map();

  @query('lede-builder-form') private form?: LedeBuilderForm;
  @query('lede-builder-text') private textPanel?: LedeBuilderText;
  @query('lede-builder-preview') private preview?: LedeBuilderPreview;

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('article') || changed.has('widgetIssues')) this.errors = this.findErrors();
  }

  override render() {
    return html`<div class="columns">
        ${this.renderText()} ${this.renderForm()}
        <div>${this.renderPreview()} ${this.renderEmbed()}</div>
      </div>
      <p class="status" role="status" aria-live="polite">${this.status}</p>`;
  }

  private renderText() {
    const detected = this.suggestion ? ` (${LANGUAGES[this.suggestion.locale]})` : '';
    return html`<section aria-labelledby="h-text">
      <h2 id="h-text">Article</h2>
      <label class="article-language"
        >Language of the text
        <select
          @change=${(e: Event) => {
            this.language = (e.target as HTMLSelectElement).value;
            if (this.text) void this.read(this.text);
          }}
        >
          <option value="" ?selected=${!this.language}>Detected${detected}</option>
          ${Object.entries(LANGUAGES).map(
            ([code, name]) =>
              html`<option value=${code} ?selected=${this.language === code}>${name}</option>`,
          )}
        </select></label
      >
      <lede-builder-text
        .text=${this.text}
        .notes=${this.suggestion?.notes ?? []}
        .active=${this.active}
        ?reading=${this.reading}
        @builder-input=${(e: CustomEvent<string>) => (this.text = e.detail)}
        @builder-read=${(e: CustomEvent<string>) => void this.read(e.detail)}
        @builder-edit=${() => (this.reading = false)}
        @builder-open=${(e: CustomEvent<Opened>) => void this.open(e.detail)}
        @builder-pick=${(e: CustomEvent<string>) => this.pick(e.detail)}
      ></lede-builder-text>
    </section>`;
  }

  private renderForm() {
    return html`<section aria-labelledby="h-fields">
      <h2 id="h-fields">Fields</h2>
      <lede-builder-form
        .article=${this.article}
        .notes=${this.suggestion?.notes ?? []}
        .errors=${this.errors}
        @builder-change=${(e: CustomEvent<ArticleDocument>) => (this.article = e.detail)}
        @focusin=${(e: FocusEvent) => this.follow(e)}
      ></lede-builder-form>
    </section>`;
  }

  private renderPreview() {
    return html`<section aria-labelledby="h-preview">
      <h2 id="h-preview">Preview</h2>
      <lede-builder-preview
        .article=${this.article}
        locale=${this.suggestion?.locale ?? 'en'}
        @builder-issues=${(e: CustomEvent<PreviewIssues>) => this.takeIssues(e.detail)}
      ></lede-builder-preview>
    </section>`;
  }

  private renderEmbed() {
    const present = PARTS.filter((p) => this.article[p]);
    return html`<section class="embed" aria-labelledby="h-embed">
      <h2 id="h-embed">Embed and download</h2>
      <label
        >Script URL
        <input
          type="url"
          .value=${this.scriptUrl}
          @change=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)}
      /></label>
      <div class="row">
        <button type="button" ?disabled=${!present.length} @click=${this.downloadJson}>
          Download article JSON
        </button>
      </div>
      ${present.map((part) => this.renderPartEmbed(part))}
    </section>`;
  }

  private renderPartEmbed(part: PartName) {
    const code = embedHtml(part, this.article[part]!, { scriptUrl: this.scriptUrl });
    return html`<h3>&lt;${TAGS[part]}&gt;</h3>
      <label
        >Embed code
        <textarea readonly id="code-${part}" .value=${code}></textarea>
      </label>
      <div class="row">
        <button type="button" class="primary" @click=${() => void this.copy(part, code)}>
          Copy embed code
        </button>
        <button type="button" @click=${() => void this.downloadImage(part, 'svg')}>SVG</button>
        <button type="button" @click=${() => void this.downloadImage(part, 'png')}>PNG</button>
      </div>`;
  }

  /** Runs suggest() on `text` and shows what it found. */
  private async read(text: string) {
    this.text = text;
    if (!text.trim()) return;
    this.status = 'Reading the article…';
    const suggest = await loadSuggest();
    const suggestion = suggest(text, this.language ? { locale: this.language } : {});
    this.suggestion = suggestion;
    this.article = structuredClone(suggestion.article);
    this.reading = true;
    this.widgetIssues = {};
    await this.updateComplete;
    await this.textPanel?.focusArticle();
    const found = PARTS.filter((p) => suggestion.article[p]).length;
    const questions = suggestion.notes.filter((n) => n.question).length;
    this.status = found
      ? `Suggested ${found} widget${found > 1 ? 's' : ''}${questions ? `, ${questions} question${questions > 1 ? 's' : ''} to answer` : ''}.`
      : 'No figures found in this text: nothing suggested.';
  }

  private async open(opened: Opened) {
    if (opened.kind === 'text') return this.read(opened.text);
    const data = (opened.data ?? {}) as Record<string, unknown>;
    this.suggestion = undefined;
    this.reading = false;
    this.article = Object.fromEntries(PARTS.filter((p) => data[p]).map((p) => [p, data[p]]));
    this.status = `Opened ${opened.name}.`;
  }

  /** A highlight was clicked: its field takes focus. */
  private pick(id: string) {
    this.active = id;
    if (!this.form?.focusField(id)) this.status = `The field ${id} is not in the form.`;
  }

  /** A field took focus: its quote is marked. */
  private follow(e: FocusEvent) {
    const field = e.composedPath().find((n) => n instanceof HTMLElement && n.dataset['field']);
    this.active = (field as HTMLElement | undefined)?.dataset['field'] ?? '';
  }

  private takeIssues({ part, issues }: PreviewIssues) {
    if (JSON.stringify(this.widgetIssues[part] ?? []) === JSON.stringify(issues)) return;
    this.widgetIssues = { ...this.widgetIssues, [part]: issues };
  }

  private findErrors(): FieldErrors {
    const maps = PARTS.filter((p) => this.article[p]).flatMap((part) => {
      const known = (id: string) =>
        id.split('/').length === 2 || getAt(this.article, `/${id}`) !== undefined;
      return [
        schemaErrors(part, VALIDATORS[part], this.article[part]),
        widgetErrors(part, this.widgetIssues[part] ?? [], known),
      ];
    });
    return mergeErrors(...maps);
  }

  private async copy(part: PartName, code: string) {
    // Errors as of the fields now: the previews may not have drawn the last change yet.
    await this.preview?.settled();
    await this.updateComplete;
    const problems = blocking(this.errors).filter((id) => id.startsWith(part));
    if (problems.length) {
      await this.form?.updateComplete;
      this.form?.focusFirstError();
      this.status = `Fix the ${problems.length} marked field${problems.length > 1 ? 's' : ''} first: ${problems.join(', ')}.`;
      return;
    }
    try {
      await navigator.clipboard.writeText(code);
      this.status = `Embed code of <${TAGS[part]}> copied.`;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#code-${part}`);
      area?.focus();
      area?.select();
      this.status = 'Copying was refused: the code is selected in the box, press Ctrl+C (⌘C).';
    }
  }

  private downloadJson = () => {
    const json = JSON.stringify({ $schema: './article.schema.json', ...this.article }, null, 2);
    download('article.json', `${json}\n`, 'application/json');
    this.status = 'article.json downloaded.';
  };

  private async downloadImage(part: PartName, kind: 'svg' | 'png') {
    const widget = this.preview?.firstWidget(part);
    const svg = widget && standaloneSvg(widget);
    if (!svg) {
      this.status = `The ${TAGS[part]} preview has not drawn: fix its fields first.`;
      return;
    }
    if (kind === 'svg') download(`${TAGS[part]}.svg`, svg, 'image/svg+xml');
    else download(`${TAGS[part]}.png`, await pngOf(svg, 2));
    this.status = `${TAGS[part]}.${kind} downloaded.`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-builder': LedeBuilder;
  }
}
