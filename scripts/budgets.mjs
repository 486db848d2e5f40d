// Size budgets in bytes, minified and gzipped: what a page loads for each script-tag entry.
// The size script prints them; test/node/size.test.mjs fails the build when one is exceeded.
export const budgets = {
  'dist/lede.js': 14 * 1024,
  'dist/bundles/power-ramp-gauge.js': 14 * 1024,
};
