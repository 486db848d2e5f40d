// The measures that set a widget's height around its chart: the frame's padding, the heading's and
// the source line's type and gaps, the chart boxes' shapes. The widgets' stylesheets and layouts
// use them, and so does lede.css (reserve.ts), which gives each widget that height before its
// script has run.

/** The frame around every widget: vertical padding (px) and line height (unitless). */
export const FRAME = { paddingY: 12, lineHeight: 1.35 } as const;

/** The heading above the chart: size (em), gap below it (px), and the lines it is clamped to. */
export const HEADING = { size: 1.1, gap: 4, lines: 4 } as const;

/** The source line below the chart: size (em), gap above it (px), and the lines it is clamped to. */
export const SOURCE = { size: 0.8, gap: 6, lines: 3 } as const;

/** A chart box that keeps an aspect ratio (width to height) up to a largest height (px). */
export interface ChartBox {
  width: number;
  height: number;
  maxHeight: number;
}

export const GAUGE_BOX: ChartBox = { width: 3, height: 2, maxHeight: 360 };
export const MAP_BOX: ChartBox = { width: 4, height: 3, maxHeight: 640 };

/** The box's aspect ratio as CSS writes it: `3 / 2`. */
export const aspectRatio = (box: ChartBox): string => `${box.width} / ${box.height}`;

/** Height of a chart box `width` px wide, as its stylesheet sets it, rounded to the pixel. */
export const boxHeight = (box: ChartBox, width: number): number =>
  Math.round(Math.min((width * box.height) / box.width, box.maxHeight));

/** The map's legend below the chart: gap above it (px), size (em), icon size (px). */
export const LEGEND = { gap: 6, size: 0.85, icon: 14 } as const;

/** The card's lines above its bars: the headline's size (em) and line height, the gaps (px). */
export const CARD = { headlineSize: 2, headlineLineHeight: 1.15, gap: 2, chartGap: 10 } as const;
