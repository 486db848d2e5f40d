// Hand-written D3 map, the floor Lede's <lede-site-map> is measured against: the country outline
// in a conic conformal projection fitted to the box, and a labelled circle per site. The outline is
// Lede's own module dist/countries/<alpha-3>.js, fetched at run time as Lede fetches it.
import { select } from 'd3-selection';
import { geoConicConformal, geoPath } from 'd3-geo';
import { mount, watchSize } from '../shared.js';

const COLORS = { operating: '#0b5cad', construction: '#a35200', planned: '#7b3fa0' };
const outlines = {};
const load = (code) =>
  (outlines[code] ??= import(new URL(`../../dist/countries/${code}.js`, import.meta.url).href).then(
    (m) => m.default,
  ));

export async function draw(el) {
  const sites = JSON.parse(el.dataset.sites);
  const highlight = el.dataset.highlight;
  const region = await load(el.dataset.region);
  const land = { type: 'MultiPolygon', coordinates: region.coordinates };
  const frame = {
    type: 'MultiPolygon',
    coordinates: region.main.map((i) => region.coordinates[i]),
  };
  const [[west, south], [east, north]] = region.bounds;
  const projection = geoConicConformal()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + (north - south) / 6, north - (north - south) / 6]);
  const path = geoPath(projection);

  const svg = select(el)
    .append('svg')
    .attr('role', 'img')
    .attr('aria-label', `Map of ${region.name} with ${sites.length} sites`)
    .style('display', 'block');
  const outline = svg
    .append('path')
    .attr('fill', '#e4e7eb')
    .attr('stroke', '#b9c0c8')
    .attr('stroke-width', 0.75);
  const marks = svg
    .selectAll('g')
    .data(sites)
    .join('g')
    .attr('font-size', 13)
    .attr('font-weight', (d) => (d.name === highlight ? 700 : 400));
  marks
    .append('circle')
    .attr('r', 5)
    .attr('fill', (d) => COLORS[d.status] ?? '#5f6368')
    .attr('stroke', '#fff');
  marks
    .append('text')
    .attr('x', 8)
    .attr('dy', '0.35em')
    .attr('paint-order', 'stroke')
    .attr('stroke', '#fff')
    .attr('stroke-width', 3)
    .text((d) => d.name);

  const render = (width, height) => {
    projection.fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      frame,
    );
    svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);
    outline.attr('d', path(land));
    marks.attr('transform', (d) => `translate(${projection([d.lon, d.lat])})`);
  };
  render(el.clientWidth, el.clientHeight);
  watchSize(el, render);
  el.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
}

mount(draw);
