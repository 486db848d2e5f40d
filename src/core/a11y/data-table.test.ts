// The data table holds every header and cell in its place, whatever the number of columns: rows of
// two and three cells have templates of their own, other widths take the general one.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { renderDataTable } from './data-table.js';

const cell = fc.string({ minLength: 1, maxLength: 12 });

function drawn(headers: string[], rows: string[][]) {
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
  it('puts every header and cell in its place, for tables of 1 to 5 columns', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((columns) =>
            fc.tuple(
              fc.array(cell, { minLength: columns, maxLength: columns }),
              fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
                maxLength: 6,
              }),
            ),
          ),
        ([headers, rows]) => {
          const table = drawn(headers, rows);
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
