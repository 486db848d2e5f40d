// Hand-written D3 card, the floor Lede's <lede-deal-value-card> is measured against: the deal's
// value as a headline ("¥100 billion"), its converted value, and two bars comparing it in the
// converted currency. Money is written with Intl.
import { select } from 'd3-selection';
import { money, mount, watchSize } from '../shared.js';

const ROW = 40;

export function draw(el) {
  const d = el.dataset;
  const currency = d.convertedCurrency;
  const rows = [
    { label: d.label, amount: Number(d.convertedAmount), color: '#0b5cad' },
    ...JSON.parse(d.compare).map((c) => ({ label: c.label, amount: c.amount, color: '#6e95c4' })),
  ];
  const top = Math.max(...rows.map((r) => r.amount));

  const root = select(el);
  root
    .append('div')
    .style('font-size', '2em')
    .style('font-weight', 700)
    .text(money(Number(d.amount), d.currency));
  root
    .append('div')
    .style('color', '#595959')
    .text(money(Number(d.convertedAmount), currency));
  const height = rows.length * ROW;
  const svg = root
    .append('svg')
    .attr('role', 'img')
    .attr('aria-label', rows.map((r) => `${r.label}: ${money(r.amount, currency)}`).join('; '))
    .attr('height', height)
    .style('display', 'block');
  const row = svg
    .selectAll('g')
    .data(rows)
    .join('g')
    .attr('transform', (_, i) => `translate(0,${i * ROW})`)
    .attr('font-size', 13);
  row
    .append('text')
    .attr('y', 13)
    .text((r) => r.label);
  const bar = row
    .append('rect')
    .attr('y', 18)
    .attr('height', 14)
    .attr('fill', (r) => r.color);
  const value = row
    .append('text')
    .attr('y', 30)
    .attr('dx', 6)
    .text((r) => money(r.amount, currency));

  let w = 0;
  const render = (width) => {
    if (width === w) return;
    w = width;
    const scale = (a) => Math.max(1, (a / top) * (width - 110));
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width);
    bar.attr('width', (r) => scale(r.amount));
    value.attr('x', (r) => scale(r.amount));
  };
  render(el.clientWidth);
  watchSize(el, render);
  el.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
}

mount(draw);
