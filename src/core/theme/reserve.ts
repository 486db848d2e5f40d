// lede.css: the height each widget will take, given to its element before the script has defined
// it, so that nothing below it moves when it draws. Written from the measures the widgets draw with
// (metrics.ts, the card's rows): the frame's padding, the heading and the source line (their text
// comes from the attributes, set in the page's font, so they wrap as the widget's own will), the
// chart box's shape, and for the map's legend and the card's lines what the data usually needs.
import {
  CARD,
  FRAME,
  GAUGE_BOX,
  HEADING,
  LEGEND,
  MAP_BOX,
  SOURCE,
  aspectRatio,
} from './metrics.js';
import type { ChartBox } from './metrics.js';
import { DARK_PADDING_X } from './theme.js';
import { ROW, STACKED_BELOW, STACKED_ROW } from '../../deal-value-card/layout.js';

const GAUGE = 'lede-power-ramp-gauge';
const MAP = 'lede-site-map';
const CARD_TAG = 'lede-deal-value-card';
const ALL = `:is(${GAUGE}, ${MAP}, ${CARD_TAG}):not(:defined)`;

/** The source line's prefix per language, as the widgets write it (core/format/messages.ts). */
const SOURCE_PREFIX = { en: 'Source: ', fr: 'Source\u00a0: ', ja: '出典：' } as const;

/** `n` em of the widget's text, written in the em of the source line (the ::after box). */
const em = (n: number): string => `${round(n / SOURCE.size)}em`;
const round = (n: number): number => Math.round(n * 10000) / 10000;

/** The chart box's height, as a padding of the source line: a percentage of the element's width. */
const chartBox = (name: string, box: ChartBox): string =>
  `min(100% / (var(--lede-${name}-aspect-ratio, ${aspectRatio(box)})), var(--lede-${name}-max-height, ${box.maxHeight}px))`;

/** One line of widget text `size` em high, with its gap above. */
const line = (size: number, gap: number, lineHeight: number = FRAME.lineHeight): string =>
  `${gap}px + ${em(size * lineHeight)}`;

/** Attribute presence as 0 or 1, in a custom property the reserved height multiplies by. */
const flag = (property: string, selector: string): string =>
  `${CARD_TAG}:not(:defined)${selector} { ${property}: 1; }`;

/** The card's height from the headline to its bars' bottom: its lines when their fields are set. */
function cardBody(): string {
  const rowHeight = `(${ROW}px + clamp(0px, (${STACKED_BELOW - 0.02}px - 100%) * 10000, ${STACKED_ROW - ROW}px))`;
  return [
    em(CARD.headlineSize * CARD.headlineLineHeight),
    `var(--_lede-conversion) * (${line(1, CARD.gap)})`,
    `var(--_lede-label) * (${line(1, CARD.gap)})`,
    `var(--_lede-who) * (${line(1, CARD.gap)})`,
    `${CARD.chartGap}px`,
    // A deal compared with one figure: its bar and the comparison's.
    `var(--_lede-compare) * 2 * ${rowHeight}`,
    `var(--_lede-compare) * var(--_lede-conversion) * (${line(SOURCE.size, CARD.gap)})`,
  ].join(' + ');
}

/**
 * The stylesheet shipped as `dist/lede.css`. Applies only while an element is not yet defined and
 * only where scripts run (without them, its fallback content shows as usual).
 */
export function reserveCss(): string {
  const prefix = (lang: keyof typeof SOURCE_PREFIX) =>
    `content: ${JSON.stringify(SOURCE_PREFIX[lang])} attr(source);`;
  const withSource = `[source]:not([source=''])`;
  const below = {
    [GAUGE]: chartBox('gauge', GAUGE_BOX),
    [MAP]: `${chartBox('map', MAP_BOX)} + ${line(LEGEND.size, LEGEND.gap)}`,
    [CARD_TAG]: cardBody(),
  };
  return `/* lede.css (lede-widgets): each widget's height before its script has run, so that nothing on
   the page moves when it draws. Generated from the widgets' own measures. */
@media (scripting: enabled) {
  ${ALL} {
    display: block;
    box-sizing: border-box;
    padding: var(--lede-padding, ${FRAME.paddingY}px 0);
    font-family: var(--lede-font-family, inherit);
    font-style: normal;
    font-weight: 400;
    direction: ltr;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    line-height: ${FRAME.lineHeight};
  }
  ${ALL}[theme='dark'],
  [data-theme='dark'] ${ALL}:not([theme]) {
    padding: var(--lede-padding, ${FRAME.paddingY}px ${DARK_PADDING_X}px);
  }
  /* Fallback content is for readers whose browser runs no script. */
  ${ALL} > * {
    display: none;
  }
  ${ALL}[heading]:not([heading=''])::before,
  ${ALL}${withSource}::after {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }
  ${ALL}[heading]:not([heading=''])::before {
    content: attr(heading);
    -webkit-line-clamp: ${HEADING.lines};
    margin: 0 0 ${HEADING.gap}px;
    font-size: var(--lede-font-size-heading, ${HEADING.size}em);
    font-weight: 700;
  }
  ${ALL}:lang(ja)::before,
  ${ALL}:lang(ja)::after {
    word-break: auto-phrase;
    line-break: strict;
  }
  ${ALL}::after {
    content: '';
    display: block;
    font-size: ${SOURCE.size}em;
    -webkit-line-clamp: ${SOURCE.lines};
  }
  ${ALL}${withSource}::after { ${prefix('en')} }
  ${ALL}${withSource}:lang(fr)::after { ${prefix('fr')} }
  ${ALL}${withSource}:lang(ja)::after { ${prefix('ja')} }
  ${ALL}${withSource}[locale]::after { ${prefix('en')} }
  ${ALL}${withSource}[locale^='fr' i]::after { ${prefix('fr')} }
  ${ALL}${withSource}[locale^='ja' i]::after { ${prefix('ja')} }
  ${CARD_TAG}:not(:defined) {
    --_lede-conversion: 0;
    --_lede-label: 0;
    --_lede-who: 0;
    --_lede-compare: 0;
  }
  ${flag('--_lede-conversion', '[converted-amount]')}
  ${flag('--_lede-label', '[label]')}
  ${flag('--_lede-who', ':is([buyer], [seller], [date])')}
  ${flag('--_lede-compare', '[compare]')}
${Object.entries(below)
  .map(
    ([tag, height]) => `  ${tag}:not(:defined)::after {
    padding-top: calc(${height});
  }
  ${tag}:not(:defined)${withSource}::after {
    padding-top: calc(${height} + ${SOURCE.gap}px);
  }`,
  )
  .join('\n')}
}
`;
}
