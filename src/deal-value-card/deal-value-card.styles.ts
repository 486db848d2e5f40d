import { css, unsafeCSS } from 'lit';
import { CARD } from '../core/theme/metrics.js';
import { ROW, STACKED_ROW } from './layout.js';

export const cardStyles = css`
  .frame {
    --_aspect: auto;
    --_bar: var(--lede-card-bar, var(--_planned));
    --_deal: var(--lede-card-deal, var(--_accent));
  }
  .headline {
    margin: 0;
    font-size: ${unsafeCSS(`var(--lede-card-headline-size, ${CARD.headlineSize}em)`)};
    font-weight: 700;
    line-height: ${CARD.headlineLineHeight};
    color: var(--_accent);
  }
  .conversion,
  .what,
  .who,
  .note {
    margin: ${unsafeCSS(`${CARD.gap}px 0 0`)};
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
    margin-top: ${unsafeCSS(`${CARD.chartGap}px`)};
    height: ${unsafeCSS(`calc(var(--_rows, 3) * ${ROW}px)`)};
  }
  /* The threshold and row heights of layout.ts (STACKED_BELOW: a test checks the figure). */
  @container (max-width: 419.98px) {
    .chart {
      height: ${unsafeCSS(`calc(var(--_rows, 3) * ${STACKED_ROW}px)`)};
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
