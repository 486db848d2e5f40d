import { css } from 'lit';

export const gaugeStyles = css`
  .chart {
    position: relative;
    width: 100%;
    aspect-ratio: var(--lede-gauge-aspect-ratio, 3 / 2);
    max-height: var(--lede-gauge-max-height, 360px);
  }
  svg {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
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
    font-size: 13px;
    fill: var(--_text);
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
  .stage-label,
  .end,
  .center-label {
    fill: var(--_muted);
  }
  .end {
    font-size: 12px;
  }
`;
