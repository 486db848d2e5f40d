// Hand-written D3 gauge, the floor Lede's <lede-power-ramp-gauge> is measured against: a 240° arc
// track, the value reached filled, the next stage as a planned band, and the figure in the centre.
// Reads its data from data-* attributes of its container (the same Sakai data Lede gets) and
// redraws when the container resizes.
import { select } from 'd3-selection';
import { arc } from 'd3-shape';
import { mount, niceMax, watchSize } from '../shared.js';

const START = (-2 * Math.PI) / 3;
const END = -START;

export function draw(el) {
  const stages = JSON.parse(el.dataset.stages);
  const unit = el.dataset.unit || 'MW';
  const max = niceMax(stages[stages.length - 1].value);
  const angle = (v) => START + (END - START) * Math.min(1, v / max);
  const [now, later] = stages;

  const svg = select(el)
    .append('svg')
    .attr('role', 'img')
    .attr(
      'aria-label',
      `${now.value} ${unit} in ${now.label}, ${later.value} ${unit} ${later.label}`,
    )
    .style('display', 'block');
  const g = svg.append('g');
  const track = g.append('path').attr('fill', '#e2e6eb');
  const planned = g.append('path').attr('fill', '#6e95c4');
  const value = g.append('path').attr('fill', '#0b5cad');
  const figure = g.append('text').attr('text-anchor', 'middle').attr('font-weight', 700);
  const label = g.append('text').attr('text-anchor', 'middle').attr('fill', '#595959');
  figure.text(`${now.value} ${unit}`);
  label.text(now.label);

  const render = (width, height) => {
    // The 240° arc spans 2r across and 1.5r down.
    const r = Math.max(10, Math.min(width / 2, height / 1.5) - 4);
    const ring = arc()
      .innerRadius(r * 0.8)
      .outerRadius(r);
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    g.attr('transform', `translate(${width / 2},${(height - 1.5 * r) / 2 + r})`);
    track.attr('d', ring({ startAngle: START, endAngle: END }));
    planned.attr('d', ring({ startAngle: angle(now.value), endAngle: angle(later.value) }));
    value.attr('d', ring({ startAngle: START, endAngle: angle(now.value) }));
    figure.attr('font-size', r * 0.3).attr('y', r * 0.05);
    label.attr('font-size', r * 0.13).attr('y', r * 0.3);
  };
  render(el.clientWidth, el.clientHeight);
  watchSize(el, render);
  el.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
}

mount(draw);
