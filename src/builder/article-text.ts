// <lede-builder-text>: the article. While it is being written or pasted, a text area (and a file
// picker, and a drop zone for .txt and .json files); once read, the text with each quoted figure
// highlighted. Clicking a highlight fires `builder-pick` with its field; `active` marks the quote of
// the field being edited and scrolls it into view. The text is always text: runs of it in <mark>
// elements, never markup.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { SuggestNote } from '../suggest/types.js';
import { controls } from './builder.styles.js';
import { fieldId, segmentsOf } from './segments.js';

/** What a file opened or dropped brings: article text, or an article document (.json). */
export type Opened = { kind: 'text'; text: string } | { kind: 'json'; data: unknown; name: string };

@customElement('lede-builder-text')
export class LedeBuilderText extends LitElement {
  static override styles = [
    controls,
    css`
      textarea {
        width: 100%;
        min-height: 16rem;
        resize: vertical;
        line-height: 1.5;
      }
      .runs {
        white-space: pre-wrap;
      }
      .article {
        line-height: 1.6;
        max-height: 70vh;
        overflow: auto;
        border: 1px solid var(--b-border);
        border-radius: 4px;
        padding: 8px 12px;
        background: var(--b-input);
      }
      mark {
        background: var(--b-mark);
        color: inherit;
        border-bottom: 2px solid var(--b-accent);
        cursor: pointer;
      }
      mark.question {
        border-bottom-style: dashed;
      }
      mark.active {
        background: var(--b-mark-active);
        outline: 2px solid var(--b-accent);
      }
      .drop {
        outline: 3px dashed var(--b-accent);
      }
      label.file {
        display: inline-flex;
        align-items: center;
        min-height: 32px;
      }
    `,
  ];

  @property() text = '';
  /** Notes to highlight; none while the text is being edited. */
  @property({ attribute: false }) notes: SuggestNote[] = [];
  /** Whether the text is shown read, with its highlights, rather than in the text area. */
  @property({ type: Boolean }) reading = false;
  /** The field being edited: its quotes are marked. */
  @property() active = '';

  @query('textarea') private area?: HTMLTextAreaElement;

  /** Moves focus to the article as read (its text area, which had focus, is gone). */
  async focusArticle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.article')?.focus();
  }

  override render() {
    return this.reading ? this.renderReading() : this.renderEditing();
  }

  private renderEditing() {
    return html`<div
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        (e.currentTarget as HTMLElement).classList.add('drop');
      }}
      @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('drop')}
      @drop=${this.onDrop}
    >
      <label for="text">Article text (paste it, or drop a .txt or .json file)</label>
      <textarea
        id="text"
        .value=${this.text}
        @input=${(e: Event) => this.emit('builder-input', (e.target as HTMLTextAreaElement).value)}
        @paste=${() => setTimeout(() => this.emit('builder-read', this.area?.value ?? ''))}
      ></textarea>
      <div class="row">
        <button
          type="button"
          class="primary"
          @click=${() => this.emit('builder-read', this.area?.value ?? '')}
        >
          Suggest widgets
        </button>
        <label class="file"
          >Open a file:
          <input type="file" accept=".txt,.json,text/plain,application/json" @change=${this.onFile}
        /></label>
      </div>
    </div>`;
  }

  private renderReading() {
    const runs = segmentsOf(this.text, this.notes).map((s) =>
      s.notes.length
        ? html`<mark
            class=${this.markClass(s.notes)}
            data-fields=${s.notes.map(fieldId).join(' ')}
            data-start=${s.start}
            title=${s.notes.map(fieldId).join(', ')}
            @click=${() => this.emit('builder-pick', fieldId(s.notes[0]!))}
            >${s.text}</mark
          >`
        : s.text,
    );
    // The runs sit in a span of their own: the template's line breaks around it are not text.
    return html`<div
        class="article"
        tabindex="0"
        role="region"
        aria-label="Article text with the suggested figures highlighted"
      >
        <span class="runs">${runs}</span>
      </div>
      <div class="row">
        <button type="button" @click=${() => this.emit('builder-edit', this.text)}>
          Edit text
        </button>
      </div>`;
  }

  private markClass(notes: SuggestNote[]): string {
    const active = this.active && notes.some((n) => fieldId(n) === this.active) ? 'active' : '';
    return [active, notes.every((n) => n.question) ? 'question' : ''].filter(Boolean).join(' ');
  }

  protected override updated(changed: PropertyValues<this>) {
    // The marked quote comes into view inside the article's own scroll box.
    if (changed.has('active') && this.active)
      this.renderRoot.querySelector('mark.active')?.scrollIntoView({ block: 'nearest' });
  }

  private onFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) this.emit('builder-open', await openFile(file));
  };

  private onDrop = async (e: DragEvent) => {
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.remove('drop');
    const file = e.dataTransfer?.files[0];
    if (file) this.emit('builder-open', await openFile(file));
  };

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/** A .json file is an article document; anything else is read as text. */
async function openFile(file: File): Promise<Opened> {
  const text = await file.text();
  if (!/\.json$/i.test(file.name) && file.type !== 'application/json')
    return { kind: 'text', text };
  try {
    return { kind: 'json', data: JSON.parse(text) as unknown, name: file.name };
  } catch {
    return { kind: 'text', text };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-builder-text': LedeBuilderText;
  }
}
