// Size budgets in bytes, minified and gzipped. `total`: what a page loads for each script-tag entry
// (and the outline chunk a map of Japan fetches). `overCore`: what a widget adds on top of the
// shared core (Lit and LedeElement, measured from scripts/core-probe.ts). The size script prints
// them; test/node/package.test.mjs fails the build when one is exceeded.
export const budgets = {
  total: {
    // Issue 6's targets are 30 KB for all three widgets and 14 KB for the gauge alone. Lazy
    // loading near the viewport and `src` documents (0.6 KB in the core; the document reader itself
    // is an on-demand chunk), resets against host page styles and the map's early legend put them
    // at 31.6 and 14.3 KB, so the guards stand at 32 and 14.5 KB until the performance work brings
    // both back under target.
    'dist/lede.js': 32 * 1024,
    'dist/lede-power-ramp-gauge.js': 14.5 * 1024,
    'dist/countries/JPN.js': 8 * 1024,
  },
  overCore: {
    // The target is 12 KB; d3-geo's projection and clipping alone take 6.9 KB of this.
    'dist/lede-site-map.js': 14.5 * 1024,
    'dist/lede-deal-value-card.js': 8 * 1024,
  },
};
