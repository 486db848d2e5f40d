import { css, unsafeCSS } from 'lit';
import { aspectRatio, GAUGE_BOX } from '../core/theme/metrics.js';

export const gaugeStyles = css`
  .frame {
    --_aspect: ${unsafeCSS(`var(--lede-gauge-aspect-ratio, ${aspectRatio(GAUGE_BOX)})`)};
    --_max-height: ${unsafeCSS(`var(--lede-gauge-max-height, ${GAUGE_BOX.maxHeight}px)`)};
  }
  .chart > svg {
    overflow: visible;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--_accent);
  }
  .planned {
    fill: var(--_planned);
  }
  .beyond {
    fill: var(--_planned);
    opacity: 0.4;
  }
  .tick {
    stroke: var(--_background);
    stroke-width: 2;
  }
  .target {
    fill: var(--_text);
  }
  text {
    fill: var(--_text);
  }
  /*
   * Each line of a label is set apart for the bidi algorithm. Without it WebKit orders right-to-left
   * words across all the lines of a text before it places them line by line: "المرحلة الثانية"
   * wrapped in two was drawn with its second word on the first line.
   */
  tspan {
    unicode-bidi: isolate;
  }
  /* The centre's sizes come from the layout as font-size attributes; CSS would override them. */
  text:not(.center-value, .center-label) {
    font-size: 13px;
  }
  .figure {
    font-weight: 700;
  }
  .current .figure,
  .center-value {
    fill: var(--_accent);
  }
  .center-value {
    font-weight: 700;
  }
  /* Nothing reached: the centre's figure is planned, so it does not take the reached accent. */
  .center-value.planned-figure {
    fill: var(--_text);
  }
  .stage-label,
  .end,
  .center-label {
    fill: var(--_muted);
  }
  .end {
    font-size: 12px;
  }
`;
