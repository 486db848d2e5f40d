// The data table holds every header and cell in its place, in tables of two and three columns, each
// with templates of its own.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderDataTable, type Cells } from './data-table.js';

const cell = fc.string({ minLength: 1, maxLength: 12 });

function drawn(headers: Cells, rows: Cells[]) {
  const host = document.createElement('div');
  render(renderDataTable({ caption: 'Figures', headers, rows }), host);
  const table = host.querySelector('table')!;
  const texts = (row: Element) =>
    Array.from(row.children, (c) => [c.localName, c.getAttribute('scope'), c.textContent]);
  return {
    caption: table.caption!.textContent.trim(),
    head: Array.from(table.tHead!.rows, texts),
    body: Array.from(table.tBodies[0]!.rows, texts),
  };
}

describe('renderDataTable()', () => {
  it('puts every header and cell in its place, for tables of 2 and 3 columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }).chain((columns) =>
          fc.tuple(
            fc.array(cell, { minLength: columns, maxLength: columns }),
            fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
              maxLength: 6,
            }),
          ),
        ),
        ([headers, rows]) => {
          const table = drawn(headers as unknown as Cells, rows as unknown as Cells[]);
          expect(table.caption).to.equal('Figures');
          expect(table.head).to.deep.equal([headers.map((h) => ['th', 'col', h])]);
          expect(table.body).to.deep.equal(
            rows.map(([first, ...rest]) => [
              ['th', 'row', first],
              ...rest.map((c) => ['td', null, c]),
            ]),
          );
        },
      ),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
