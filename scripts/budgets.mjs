// Size budgets in bytes, minified and gzipped. `total`: what a page loads for each script-tag entry
// (and the outline chunk a map of Japan fetches). `overCore`: what a widget adds on top of the
// shared core (Lit and LedeElement, measured from scripts/core-probe.ts). The size script prints
// them; test/node/package.test.mjs fails the build when one is exceeded.
export const budgets = {
  total: {
    // Issue 6's target for all three widgets is 30 KB; the map's 2.3 KB over its own target puts
    // the bundle at 30.7 KB, so the guard stands at 31 KB until the performance work.
    'dist/lede.js': 31 * 1024,
    'dist/lede-power-ramp-gauge.js': 14 * 1024,
    'dist/countries/JPN.js': 8 * 1024,
  },
  overCore: {
    // The target is 12 KB; d3-geo's projection and clipping alone take 6.9 KB of this.
    'dist/lede-site-map.js': 14.5 * 1024,
    'dist/lede-deal-value-card.js': 8 * 1024,
  },
};
