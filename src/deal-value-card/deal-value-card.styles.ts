import { css } from 'lit';

export const cardStyles = css`
  .frame {
    --_aspect: auto;
    --_bar: var(--lede-card-bar, var(--_planned));
    --_deal: var(--lede-card-deal, var(--_accent));
  }
  .headline {
    margin: 0;
    font-size: var(--lede-card-headline-size, 2em);
    font-weight: 700;
    line-height: 1.15;
    color: var(--_accent);
  }
  .conversion,
  .what,
  .who,
  .note {
    margin: 2px 0 0;
  }
  .what {
    font-weight: 600;
  }
  .conversion,
  .who,
  .note {
    color: var(--_muted);
  }
  .note {
    font-size: 0.8em;
  }
  /* The frame's content box is the chart's width, which layout.ts lays the rows out for: the host
     is wider by the frame's padding (28 px in the dark theme). */
  .frame {
    container-type: inline-size;
  }
  .chart {
    margin-top: 10px;
    height: calc(var(--_rows, 3) * 46px);
  }
  /* Same threshold and row heights as layout.ts (STACKED_BELOW, STACKED_ROW). */
  @container (max-width: 419.98px) {
    .chart {
      height: calc(var(--_rows, 3) * 62px);
    }
  }
  .bar {
    fill: var(--_bar);
  }
  .bar.deal {
    fill: var(--_deal);
  }
  text {
    font-size: 13px;
    fill: var(--_text);
  }
  .money {
    font-weight: 700;
  }
`;
