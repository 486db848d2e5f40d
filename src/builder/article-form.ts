// <lede-builder-form>: the fields of an article, generated from the article schema: one fieldset
// per widget part, lists with add, remove and reorder, enums as selects, booleans as checkboxes,
// required marks, descriptions as hints, and next to each field its errors and the questions the
// suggestion left for the editor. Every change fires `builder-change` with the whole new article.
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ArticleDocument, SuggestNote } from '../suggest/types.js';
import { parts, schema } from './generated/article-schema.js';
import { fieldsOf, parseInput, type FieldSpec } from './schema-form.js';
import { getAt, setAt } from './pointer.js';
import { fieldId } from './segments.js';
import type { FieldErrors } from './errors.js';
import type { PartName } from './embed.js';
import { formStyles } from './builder.styles.js';

const PART_NAMES: Record<PartName, string> = {
  ramp: 'Power ramp (gauge)',
  sites: 'Sites (map)',
  deal: 'Deal (card)',
};
const ITEM_NAMES: Record<string, string> = {
  stages: 'Stage',
  sites: 'Site',
  compare: 'Comparison',
};
const FIELDS = Object.fromEntries(
  Object.entries(parts).map(([part, def]) => [part, fieldsOf(schema, { $ref: `#/$defs/${def}` })]),
) as Record<PartName, FieldSpec[]>;

/** `convertedAmount` → `Converted amount`. */
const labelOf = (key: string) =>
  key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/^./, (c) => c.toUpperCase());
/** A field's value as its text input shows it. */
const inputText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A schema description as a hint: its `code` spans (field and element names) set as code. */
function hint(description: string) {
  return description.split('`').map((piece, i) => (i % 2 ? html`<code>${piece}</code>` : piece));
}

/** An id for the elements of field `id` (`ramp/stages/0/value`). */
const domId = (prefix: string, id: string) => `${prefix}-${id.replace(/[^a-zA-Z0-9]/g, '-')}`;

@customElement('lede-builder-form')
export class LedeBuilderForm extends LitElement {
  static override styles = formStyles;

  @property({ attribute: false }) article: ArticleDocument = {};
  /** The suggestion's notes: their questions are shown next to their fields. */
  @property({ attribute: false }) notes: SuggestNote[] = [];
  @property({ attribute: false }) errors: FieldErrors = new Map();

  /** Moves focus to the input of field `id`; false when the form has no such field. */
  focusField(id: string): boolean {
    const input = this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(id)}"]`);
    input?.focus();
    input?.scrollIntoView({ block: 'nearest' });
    return Boolean(input);
  }

  /** Moves focus to the first field with an error; false when there is none. */
  focusFirstError(): boolean {
    const input = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    input?.focus();
    return Boolean(input);
  }

  override render() {
    return (Object.keys(PART_NAMES) as PartName[]).map((part) => this.renderPart(part));
  }

  private renderPart(part: PartName) {
    const data = this.article[part];
    const heading = html`<legend><h2>${PART_NAMES[part]}</h2></legend>`;
    if (!data) {
      return html`<fieldset class="part absent">
        ${heading} ${this.renderMessages(part, true)}
        <button type="button" @click=${() => this.change(part, '', {})}>
          Add ${PART_NAMES[part].toLowerCase()}
        </button>
      </fieldset>`;
    }
    return html`<fieldset class="part">
      ${heading} ${this.renderMessages(part, true)}
      ${FIELDS[part].map((spec) => this.renderField(part, `/${spec.key}`, spec))}
      <button type="button" class="remove-part" @click=${() => this.change(part, '', undefined)}>
        Remove ${PART_NAMES[part].toLowerCase()}
      </button>
    </fieldset>`;
  }

  private renderField(part: PartName, pointer: string, spec: FieldSpec): TemplateResult {
    if (spec.kind === 'list') return this.renderList(part, pointer, spec);
    const id = `${part}${pointer}`;
    const value = getAt(this.article[part], pointer);
    const invalid = this.errors.has(id);
    const describedBy = [
      spec.description ? domId('hint', id) : '',
      this.questions(id).length ? domId('question', id) : '',
      invalid ? domId('error', id) : '',
    ].filter(Boolean);
    const common = {
      id: domId('input', id),
      describedBy: describedBy.join(' ') || undefined,
    };
    const onInput = (e: Event) => {
      const target = e.target as HTMLInputElement | HTMLSelectElement;
      const next =
        spec.kind === 'boolean'
          ? (target as HTMLInputElement).checked || undefined
          : spec.kind === 'enum'
            ? target.value || undefined
            : parseInput(spec.kind, target.value);
      this.change(part, pointer, next);
    };
    const control =
      spec.kind === 'boolean'
        ? html`<input
            type="checkbox"
            id=${common.id}
            data-field=${id}
            .checked=${value === true}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${common.describedBy ?? nothing}
            @change=${onInput}
          />`
        : spec.kind === 'enum'
          ? html`<select
              id=${common.id}
              data-field=${id}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${common.describedBy ?? nothing}
              aria-required=${spec.required ? 'true' : 'false'}
              @change=${onInput}
            >
              <option value="" ?selected=${value === undefined}>(not set)</option>
              ${spec.options!.map(
                (o) => html`<option value=${o} ?selected=${value === o}>${o}</option>`,
              )}
            </select>`
          : html`<input
              type="text"
              id=${common.id}
              data-field=${id}
              inputmode=${spec.kind === 'text' ? 'text' : 'decimal'}
              .value=${inputText(value)}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${common.describedBy ?? nothing}
              aria-required=${spec.required ? 'true' : 'false'}
              @change=${onInput}
            />`;
    return html`<div class="field ${spec.kind}">
      <label for=${common.id}
        >${labelOf(spec.key)}${
          spec.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing
        }</label
      >
      ${control}
      ${
        spec.description
          ? html`<p class="hint" id=${domId('hint', id)}>${hint(spec.description)}</p>`
          : nothing
      }
      ${this.renderMessages(id, false)}
    </div>`;
  }

  private renderList(part: PartName, pointer: string, spec: FieldSpec): TemplateResult {
    const id = `${part}${pointer}`;
    const items = (getAt(this.article[part], pointer) as unknown[] | undefined) ?? [];
    const name = ITEM_NAMES[spec.key] ?? 'Item';
    const move = (from: number, to: number) => {
      const list = [...items];
      list.splice(to, 0, ...list.splice(from, 1));
      this.change(part, pointer, list);
    };
    return html`<fieldset class="list">
      <legend>
        ${labelOf(spec.key)}${
          spec.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing
        }
      </legend>
      ${spec.description ? html`<p class="hint">${hint(spec.description)}</p>` : nothing}
      ${this.renderMessages(id, true)}
      ${items.map(
        (_, i) =>
          html`<fieldset class="item">
            <legend>${name} ${i + 1}</legend>
            ${this.renderMessages(`${id}/${i}`, true)}
            ${spec.items!.map((s) => this.renderField(part, `${pointer}/${i}/${s.key}`, s))}
            <div class="item-actions">
              <button
                type="button"
                ?disabled=${i === 0}
                @click=${() => move(i, i - 1)}
                aria-label="Move ${name.toLowerCase()} ${i + 1} up"
              >
                Up
              </button>
              <button
                type="button"
                ?disabled=${i === items.length - 1}
                @click=${() => move(i, i + 1)}
                aria-label="Move ${name.toLowerCase()} ${i + 1} down"
              >
                Down
              </button>
              <button
                type="button"
                @click=${() => this.change(part, `${pointer}/${i}`, undefined)}
                aria-label="Remove ${name.toLowerCase()} ${i + 1}"
              >
                Remove
              </button>
            </div>
          </fieldset>`,
      )}
      <button type="button" @click=${() => this.change(part, pointer, [...items, {}])}>
        Add ${name.toLowerCase()}
      </button>
    </fieldset>`;
  }

  /** Questions and errors of `id`; with `alone`, shown as a block of their own (no input to describe). */
  private renderMessages(id: string, alone: boolean) {
    const questions = this.questions(id);
    const errors = this.errors.get(id) ?? [];
    return html`${
      questions.length
        ? html`<div class="question" id=${ifDefined(alone ? undefined : domId('question', id))}>
            ${questions.map((q) => html`<p>Question: ${q}</p>`)}
          </div>`
        : nothing
    }
    ${
      errors.length
        ? html`<div class="error" id=${ifDefined(alone ? undefined : domId('error', id))}>
            ${errors.map((e) => html`<p>${e}</p>`)}
          </div>`
        : nothing
    }`;
  }

  /** Questions about field `id`; for a part, also those about fields the form does not show. */
  private questions(id: string): string[] {
    return this.notes
      .filter((n) => n.question && (fieldId(n) === id || (n.part === id && !this.shows(n))))
      .map((n) => n.question!);
  }

  /** Whether the form has an input for the field of note `n`. */
  private shows(n: SuggestNote): boolean {
    const data = this.article[n.part];
    if (!data) return false;
    const [key, index] = n.field.split('/').slice(1);
    const spec = FIELDS[n.part].find((s) => s.key === key);
    if (!spec || n.field === `/${key}`) return Boolean(spec) && spec?.kind !== 'list';
    return getAt(data, `/${key}/${index}`) !== undefined;
  }

  private change(part: PartName, pointer: string, value: unknown) {
    const article = setAt(this.article, `/${part}${pointer}`, value);
    this.dispatchEvent(new CustomEvent('builder-change', { detail: article, bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lede-builder-form': LedeBuilderForm;
  }
}
