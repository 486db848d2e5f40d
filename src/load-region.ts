// Loads one country's outline on demand. This module sits at the top of src/ so that the relative
// path below means dist/countries/ both in the npm modules (dist/load-region.js) and in the
// script-tag bundles (dist/lede*.js): the outlines ship once and are fetched from beside the script.
import type { RegionGeometry } from './geo/region.js';

export async function loadRegion(alpha3: string): Promise<RegionGeometry> {
  const module = (await import(`./countries/${alpha3}.js`)) as { default: RegionGeometry };
  return module.default;
}
