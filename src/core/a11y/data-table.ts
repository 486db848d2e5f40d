// A visually hidden table of the figures a chart draws, for screen-reader users who want the data.
import { html, type TemplateResult } from 'lit';

export interface DataTable {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

export function renderDataTable(table: DataTable): TemplateResult {
  return html`<table class="visually-hidden" part="table">
    <caption>
      ${table.caption}
    </caption>
    <thead>
      <tr>
        ${table.headers.map((h) => html`<th scope="col">${h}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${table.rows.map(
        ([first, ...rest]) =>
          html`<tr>
            <th scope="row">${first}</th>
            ${rest.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
