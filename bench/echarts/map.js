// ECharts 6 version of the Sakai site map, tree-shaken: the country outline (Lede's own module
// dist/countries/<alpha-3>.js, fetched at run time as Lede fetches it) registered with registerMap
// as GeoJSON, in ECharts' default geo projection, and a scatter series of the sites with labels.
import { init, registerMap, use } from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { mount, watchSize } from '../shared.js';

use([ScatterChart, GeoComponent, SVGRenderer]);

const COLORS = { operating: '#0b5cad', construction: '#a35200', planned: '#7b3fa0' };
const maps = {};
const load = (code) =>
  (maps[code] ??= import(new URL(`../../dist/countries/${code}.js`, import.meta.url).href).then(
    ({ default: region }) => {
      registerMap(code, {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { name: region.name },
            geometry: { type: 'MultiPolygon', coordinates: region.coordinates },
          },
        ],
      });
      return code;
    },
  ));

export async function draw(el) {
  const sites = JSON.parse(el.dataset.sites);
  const highlight = el.dataset.highlight;
  const map = await load(el.dataset.region);
  const chart = init(el, null, { renderer: 'svg' });
  chart.on('finished', function signal() {
    chart.off('finished', signal);
    el.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
  });
  chart.setOption({
    animation: false,
    geo: {
      map,
      roam: false,
      silent: true,
      left: 8,
      right: 8,
      top: 8,
      bottom: 8,
      itemStyle: { areaColor: '#e4e7eb', borderColor: '#b9c0c8', borderWidth: 0.75 },
    },
    series: [
      {
        type: 'scatter',
        coordinateSystem: 'geo',
        symbolSize: 10,
        itemStyle: { borderColor: '#fff' },
        label: { show: true, position: 'right', formatter: '{b}', color: '#1b1b1b', fontSize: 13 },
        data: sites.map((s) => ({
          name: s.name,
          value: [s.lon, s.lat],
          itemStyle: { color: COLORS[s.status] ?? '#5f6368' },
          label: { fontWeight: s.name === highlight ? 700 : 400 },
        })),
      },
    ],
  });
  watchSize(el, () => chart.resize());
}

mount(draw);
