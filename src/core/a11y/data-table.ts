// A visually hidden table of the figures a chart draws, for screen-reader users who want the data.
//
// Its rows have two cells (the card's) or three (the gauge's), each width a template of its own:
// each cell is then one binding of its row's template, where a list of cells would make every cell
// a part of its own with two marker comments. On a page of a hundred gauges that is some two
// thousand fewer DOM nodes and Lit parts.
import { html, type TemplateResult } from 'lit';

export type Cells = readonly [string, string] | readonly [string, string, string];

export interface DataTable {
  caption: string;
  headers: Cells;
  rows: readonly Cells[];
}

export function renderDataTable(table: DataTable): TemplateResult {
  return html`<table class="visually-hidden" part="table">
    <caption>
      ${table.caption}
    </caption>
    <thead>
      ${headerRow(table.headers)}
    </thead>
    <tbody>
      ${table.rows.map(bodyRow)}
    </tbody>
  </table>`;
}

function headerRow([a, b, c]: Cells): TemplateResult {
  return c === undefined
    ? html`<tr>
        <th scope="col">${a}</th>
        <th scope="col">${b}</th>
      </tr>`
    : html`<tr>
        <th scope="col">${a}</th>
        <th scope="col">${b}</th>
        <th scope="col">${c}</th>
      </tr>`;
}

function bodyRow([a, b, c]: Cells): TemplateResult {
  return c === undefined
    ? html`<tr>
        <th scope="row">${a}</th>
        <td>${b}</td>
      </tr>`
    : html`<tr>
        <th scope="row">${a}</th>
        <td>${b}</td>
        <td>${c}</td>
      </tr>`;
}
