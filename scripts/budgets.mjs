// Size budgets in bytes, minified and gzipped. `total`: what a page loads for each script-tag entry
// (and the outline chunk a map of Japan fetches). `overCore`: what a widget adds on top of the
// shared core (Lit and LedeElement, measured from scripts/core-probe.ts). The size script prints
// them; test/node/package.test.mjs fails the build when one is exceeded.
export const budgets = {
  total: {
    // Issue 6's targets are 30 KB for all three widgets and 14 KB for the gauge alone. Lazy
    // loading near the viewport, `src` documents (the reader itself is an on-demand chunk),
    // printing at once, figures for screen readers before drawing and resets against host page
    // styles cost 0.9 KB in the core and put them at 31.7 and 14.5 KB; the guards stand at 32 and
    // 15 KB until the performance work (issue 6) brings both back under target.
    'dist/lede.js': 32 * 1024,
    'dist/lede-power-ramp-gauge.js': 15 * 1024,
    'dist/countries/JPN.js': 8 * 1024,
  },
  overCore: {
    // The target is 12 KB; d3-geo's projection and clipping alone take 6.9 KB of this.
    'dist/lede-site-map.js': 14.5 * 1024,
    'dist/lede-deal-value-card.js': 8 * 1024,
  },
};
