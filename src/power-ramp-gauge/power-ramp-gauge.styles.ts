import { css } from 'lit';

export const gaugeStyles = css`
  .frame {
    --_aspect: var(--lede-gauge-aspect-ratio, 3 / 2);
    --_max-height: var(--lede-gauge-max-height, 360px);
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
