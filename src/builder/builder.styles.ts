// Styles of the builder's elements. Colours come from the page (builder/builder.css), which sets
// them for light and dark; every interactive target is at least 24 px high.
import { css } from 'lit';

export const controls = css`
  :host {
    display: block;
    color: var(--b-fg);
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.05rem;
    margin: 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 32px;
  }
  button {
    padding: 4px 12px;
    border: 1px solid var(--b-border);
    border-radius: 6px;
    background: var(--b-surface);
    cursor: pointer;
  }
  button.primary {
    background: var(--b-accent);
    border-color: var(--b-accent);
    color: var(--b-on-accent);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  input[type='text'],
  input[type='url'],
  select,
  textarea {
    border: 1px solid var(--b-border);
    border-radius: 4px;
    background: var(--b-input);
    padding: 4px 6px;
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    min-height: 24px;
    margin: 0;
  }
  :focus-visible {
    outline: 3px solid var(--b-focus);
    outline-offset: 2px;
  }
  .hint {
    color: var(--b-muted);
    font-size: 0.85rem;
    margin: 2px 0 0;
  }
  .error {
    color: var(--b-error);
    font-size: 0.9rem;
    font-weight: 600;
  }
  .question {
    background: var(--b-question);
    border-left: 4px solid var(--b-accent);
    padding: 2px 8px;
    font-size: 0.9rem;
  }
  .error p,
  .question p {
    margin: 2px 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
`;

export const formStyles = [
  controls,
  css`
    fieldset {
      border: 1px solid var(--b-border);
      border-radius: 6px;
      margin: 0 0 12px;
      padding: 8px 12px 12px;
      min-width: 0;
    }
    fieldset.part > legend {
      padding: 0 4px;
    }
    fieldset.list > legend,
    fieldset.item > legend {
      font-weight: 600;
    }
    .field {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 2px;
      margin: 8px 0;
    }
    .field.boolean {
      grid-template-columns: auto minmax(0, 1fr);
      column-gap: 8px;
      align-items: center;
    }
    .field.boolean > :not(label, input) {
      grid-column: 1 / -1;
    }
    .field.boolean input {
      order: -1;
    }
    .required {
      color: var(--b-error);
      margin-left: 2px;
    }
    .item-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-top: 6px;
    }
    .remove-part {
      margin-top: 4px;
    }
    [aria-invalid='true'] {
      border-color: var(--b-error);
      border-width: 2px;
    }
  `,
];
