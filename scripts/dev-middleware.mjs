// Dev server and test runner: the outline modules are TypeScript in src/countries/, but widgets
// ask for them at run time as ./countries/XXX.js (the built name); serve the .ts in their place.
export function countriesAsTs(context, next) {
  context.url = context.url.replace(/^(\/src\/countries\/[A-Z]{3})\.js(\?.*)?$/, '$1.ts$2');
  return next();
}
