// Size budgets in bytes, minified and gzipped. `total`: what a page loads for each script-tag entry
// (and the outline chunk a map of Japan fetches). `overCore`: what a widget adds on top of the
// shared core (Lit and LedeElement, measured from scripts/core-probe.ts). The size script prints
// them; test/node/package.test.mjs fails the build when one is exceeded.
//
// Issue 6's targets are 30 KB for all three widgets, 14 KB for a gauge alone, 12 KB for a card
// alone and 8 KB for the Japan outline. Only the outline meets its target (4.7 KB). The others are
// guards set just above today's sizes (33.8, 15.2 and 14.8 KB), so that nothing grows unnoticed:
// Lit alone is 5.9 KB and the shared core 10.0 KB, which leaves a card page 2.0 KB for its own
// code against 4.8 KB today. The performance work itself (a synchronous first measure, one shared
// ResizeObserver, IntersectionObserver and MediaQueryList, a shared map outline) added 0.3 KB to
// the core and 0.3 KB to the map, for first renders without a frame's wait and the heap of a page
// of 101 maps cut from 7.9 to 3.4 MB. The robustness work (issue 7) then added 1.4 KB to the bundle
// of all three: clamped runaway text, the gauge's label thinning, dense maps with their collision
// grid and keyboard walk, right-to-left pages, an outline timeout and retry, and messages that name
// the failing URL. Taking over server renders (issue 8) added 0.8 KB to each bundle: the layout
// width hint, the hydrating update and its fallbacks, the on-demand load of Lit's hydration
// support; breaking Japanese text between characters added 0.2 KB more. The outline of Japan grew
// from 4.7 to 7.2 KB when it took in the land around Japan (Korea, Russia's Far East, China's
// coast) and its lakes, under its 8 KB budget. That support (4.7 KB) is
// a self-contained file outside the budgets, fetched only on pages with server-rendered widgets.
// Issue 15 (every figure true) added 0.9 KB to the gauge: units read in every plain spelling
// in three languages and refused otherwise, display-unit, reached and planned words that agree in
// French, and messages for the values now refused instead of replaced; 0.3 KB to the map (status
// words in three languages, approximate read as true/false), 0.1 KB to the card (dates to the year
// or month). The rest of issue 15 took the bundle of all three from 35.4 to 40.1 KB and the core
// from 10.7 to 13.2 KB: text measured in the page's fonts (a canvas typeset, its cache and font-load
// listener), colours from the page's color-scheme, error sentences and dropped-item notes in three
// languages, hedges kept whole when text is cut, the deal's bars in one currency, the on-demand load
// of BudouX (its 10 KB chunk is fetched only by Japanese widgets), and the licence notices of Lit and
// BudouX (0.1 KB). Issue 16 (bundlers and frameworks) added 0.3 KB to each bundle (40.4 to 40.7 KB
// for all three, the core 13.3 to 13.5 KB): waiting for the properties a framework's server render
// wrote as `[object Object]` text (SvelteKit), finalizing a class before a define that waits for
// hydration support (Astro), and the map holding its takeover of a server render until its outline
// is here; outlines imported one by one for bundlers cost the script-tag bundles nothing. Issue 17
// (every engine) added 0.25 KB to the map (41,737 to 41,988 bytes for all three): a callout placed
// beside its marker, clear of the other markers' targets, so that no open callout takes a click
// meant for another marker. Issue 19's first step added 0.9 KB to the bundle of all three (41,988
// to 42,878 bytes), 0.4 KB to the gauge and the map and 0.7 KB to the card: figures, plurals, money
// and dates written in JavaScript for en, fr and ja (with the months' names and ten currencies'
// symbols), so that a fresh page draws without loading ICU's data, which took 30-90 ms, more than a
// gauge's whole first render (from 3.0 to 2.1 times the D3 floor's for the gauge, 1.6 to 1.1 times
// for the card, in the benchmark). The outlines carry their country's names in the three languages
// (under 0.1 KB for Japan). Then the map stopped shipping d3-geo's projection pipeline (adaptive
// resampling, clipping at the far meridian and at the box, the stream machinery): it projects with
// d3-geo's raw projections and unwraps, densifies and clips the rings itself (src/site-map/
// projection.ts and path.ts, tested against the pipeline for every country). That took the bundle
// of all three from 42,878 to 36,595 bytes and the map from 17.3 to 11.3 KB over the core, and its
// first render from 1.7 to 1.3 times the D3 floor's. Reading the fonts of a batch of widgets before
// any of them writes (one style recalculation for a page of a hundred cards, not a hundred: 110 ms
// of 386 in the profile of 100 cards) added 0.1 KB to the gauge and the card. A template of its own
// for the common stage label (one figure over one line) took 2.4 KB of heap off each gauge and 9
// bytes onto it (21,503 to 21,512 bytes, 8 over its 21 KB guard): its guard went to 21.1 KB. Lazy
// widgets (the default) already near the viewport then drew in the task that connected them instead
// of after the IntersectionObserver's first report, a frame later: their first render on a page
// being loaded came 30-50 ms sooner. That check of the viewport (its place cut by the
// ancestors that clip it, content the browser skips left to the observer) added 0.4 KB to each
// bundle, as this script measures them (lede.js 36,787 to 37,168 bytes, the gauge 21,559 to
// 21,936, the card 20,366 to 20,752). A gauge too narrow for a readable centre figure then grew its
// ring for it, putting a worded hedge on a line of its own ("plus de" / "1 200 MW") and leaving out
// the stage labels that no longer fit, where the figure had been drawn across the ring and its
// neighbours at 280-400 px in wide fonts: 0.3 KB (lede.js 37,200 to 37,488 bytes, the gauge 21,936
// to 22,284). Paths written as flat strings (a template literal's result is a tree of its pieces in
// V8, some twenty heap objects per path) and a gauge's layout let go once drawn took the heap of a
// page of 101 gauges from 3.21 to 2.86 MB, 17.6 to 14.6 KB per gauge, for 57 bytes on the gauge
// (22,284 to 22,341) and 55 on lede.js (37,488 to 37,543): the gauge's guard went to 21.9 KB.
// Stage labels that fall outside the box left out before they push others away (more labels kept
// on phones): 38 bytes on the gauge, 56 on lede.js (to 37,599, over its 36.7 KB guard, which went
// to 36.8 KB). A gauge that will not animate stopping its sweep's watch of the viewport (no layout
// forced right after rendering, no second update) and a widget checking its place again when it is
// moved: 28 bytes on lede.js (37,627), 24 on the gauge (22,403), 12 on the card (20,764). Measuring
// the centre figure at the labels' size: 5 bytes more (37,632 and 22,409). Side labels near the
// top or the bottom of the ring then rose or dropped (or moved out) until clear of it, where their
// lower or upper lines had been drawn across the ring: 121 bytes on lede.js (37,753) and 128 on
// the gauge (22,537), whose guards went to 36.9 and 22.1 KB. The guards below sit just above those
// sizes.
export const budgets = {
  total: {
    'dist/lede.js': 36.9 * 1024,
    'dist/lede-power-ramp-gauge.js': 22.1 * 1024,
    'dist/lede-deal-value-card.js': 20.3 * 1024,
    'dist/countries/JPN.js': 8 * 1024,
  },
  overCore: {
    // d3-geo's projection pipeline took 6.9 KB of this until issue 19. Keeping moved markers on land,
    // labels clear of each marker's drawing and the land and lakes around the country added about
    // 0.3 KB (16.3 KB); holding the takeover of a server render for the outline 0.2 KB (16.6 KB);
    // callouts clear of other markers' targets 0.25 KB (16.8 KB); figures written without Intl and
    // country names from the outline 0.4 KB (17.3 KB); d3-geo's raw projections only, with rings
    // unwrapped, densified and clipped by the map, -6 KB (11.3 KB).
    'dist/lede-site-map.js': 11.5 * 1024,
    'dist/lede-deal-value-card.js': 8 * 1024,
  },
};
