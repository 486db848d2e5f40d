// Size budgets in bytes, minified and gzipped. `total`: what a page loads for each script-tag entry
// (and the outline chunk a map of Japan fetches). `overCore`: what a widget adds on top of the
// shared core (Lit and LedeElement, measured from scripts/core-probe.ts). The size script prints
// them; test/node/package.test.mjs fails the build when one is exceeded.
export const budgets = {
  total: {
    'dist/lede.js': 30 * 1024,
    'dist/lede-power-ramp-gauge.js': 14 * 1024,
    'dist/countries/JPN.js': 8 * 1024,
  },
  overCore: {
    // The target is 12 KB; d3-geo's projection and clipping alone take 6.9 KB of this.
    'dist/lede-site-map.js': 14.5 * 1024,
  },
};
