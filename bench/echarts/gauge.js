// ECharts 6 version of the Sakai gauge, tree-shaken: a gauge series from -120° to +120° with its
// progress bar filled to the stage reached, the next stage as a planned band of the axis line, and
// the figure in the centre. SVG renderer, no animation, resized from a ResizeObserver.
import { init, use } from 'echarts/core';
import { GaugeChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import { mount, niceMax, watchSize } from '../shared.js';

use([GaugeChart, SVGRenderer]);

export function draw(el) {
  const stages = JSON.parse(el.dataset.stages);
  const unit = el.dataset.unit || 'MW';
  const max = niceMax(stages[stages.length - 1].value);
  const [now, later] = stages;
  const chart = init(el, null, { renderer: 'svg' });
  chart.on('finished', function signal() {
    chart.off('finished', signal);
    el.dispatchEvent(new CustomEvent('bench-drawn', { bubbles: true }));
  });
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'gauge',
        min: 0,
        max,
        startAngle: 210,
        endAngle: -30,
        center: ['50%', '60%'],
        radius: '90%',
        pointer: { show: false },
        anchor: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        progress: { show: true, width: 24, itemStyle: { color: '#0b5cad' } },
        axisLine: {
          lineStyle: {
            width: 24,
            color: [
              [now.value / max, '#e2e6eb'],
              [later.value / max, '#6e95c4'],
              [1, '#e2e6eb'],
            ],
          },
        },
        title: { offsetCenter: [0, '25%'], color: '#595959' },
        detail: {
          offsetCenter: [0, 0],
          formatter: `{value} ${unit}`,
          fontSize: 32,
          fontWeight: 700,
          color: '#1b1b1b',
        },
        data: [{ value: now.value, name: now.label }],
      },
    ],
  });
  watchSize(el, () => chart.resize());
}

mount(draw);
