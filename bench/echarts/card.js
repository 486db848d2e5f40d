// ECharts 6 version of the Sakai deal card, tree-shaken: the deal's value as the title
// ("¥100 billion") with its converted value as the subtitle, and a horizontal bar series comparing
// it in the converted currency. Money is written with Intl.
import { init, use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { money, mount, watchSize } from '../shared.js';

use([BarChart, GridComponent, TitleComponent, SVGRenderer]);

export function draw(el) {
  const d = el.dataset;
  const currency = d.convertedCurrency;
  const rows = [
    { name: d.label, value: Number(d.convertedAmount), itemStyle: { color: '#0b5cad' } },
    ...JSON.parse(d.compare).map((c) => ({
      name: c.label,
      value: c.amount,
      itemStyle: { color: '#6e95c4' },
    })),
  ];
  const chart = init(el, null, { renderer: 'svg' });
  chart.on('finished', function signal() {
    chart.off('finished', signal);
    el.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
  });
  chart.setOption({
    animation: false,
    title: {
      text: money(Number(d.amount), d.currency),
      subtext: money(Number(d.convertedAmount), currency),
      left: 0,
      top: 0,
      textStyle: { fontSize: 32, color: '#1b1b1b' },
    },
    grid: { left: 0, right: 110, top: 90, bottom: 0 },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { inside: true, verticalAlign: 'bottom', padding: [0, 0, 12, 0], fontSize: 13 },
    },
    series: [
      {
        type: 'bar',
        barWidth: 14,
        data: rows,
        label: {
          show: true,
          position: 'right',
          formatter: (p) => money(p.value, currency),
          fontSize: 13,
        },
      },
    ],
  });
  watchSize(el, () => chart.resize());
}

mount(draw);
