// Loads one country's outline on demand. This module sits at the top of src/ so that the relative
// path below means dist/countries/ both in the npm modules (dist/load-region.js) and in the
// script-tag bundles (dist/lede*.js): the outlines ship once and are fetched from beside the script.
import type { RegionGeometry } from './geo/region.js';

/**
 * How outlines are imported, and how long an import may take before the map gives up (the browser
 * cannot abort a module import, but the map stops waiting). Tests replace `load` to make an
 * outline fail or hang, and shorten `timeoutMs` (network.test.ts).
 */
export const regionLoading = {
  timeoutMs: 10_000,
  load: (alpha3: string): Promise<unknown> => import(`./countries/${alpha3}.js`),
};

/**
 * Outlines loaded ahead of drawing, which a map then draws at once: a server render loads them from
 * the package before it draws, and a browser before it takes over a server-rendered map.
 */
export const preloadedRegions = new Map<string, RegionGeometry>();

/** Loads the outline of `alpha3` into `preloadedRegions`; rejects as `loadRegion` does. */
export async function preloadRegion(alpha3: string): Promise<RegionGeometry> {
  const geometry = preloadedRegions.get(alpha3) ?? (await loadRegion(alpha3));
  preloadedRegions.set(alpha3, geometry);
  return geometry;
}

/**
 * The outline of `alpha3`. Rejects with an Error naming the module's URL when the import fails
 * (missing, network error, not JavaScript, cut short), takes longer than `regionLoading.timeoutMs`,
 * or gives a module without an outline (an empty file).
 */
export async function loadRegion(alpha3: string): Promise<RegionGeometry> {
  // For messages only. Written without `new URL(…, import.meta.url)`, which bundlers such as webpack
  // take for an asset to copy.
  const url = `${import.meta.url.replace(/[^/]*$/, '')}countries/${alpha3}.js`;
  const seconds = regionLoading.timeoutMs / 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${url} did not answer in ${seconds} s`)),
      regionLoading.timeoutMs,
    );
  });
  let module: unknown;
  try {
    module = await Promise.race([regionLoading.load(alpha3), late]);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    // Chrome's message for a failed fetch already names the URL; others do not.
    throw new Error(why.includes(url) ? why : `${url}: ${why}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  const geometry = (module as { default?: Partial<RegionGeometry> } | undefined)?.default;
  if (geometry?.alpha3 !== alpha3 || !Array.isArray(geometry.coordinates)) {
    throw new Error(`${url} holds no outline of ${alpha3}`);
  }
  return geometry as RegionGeometry;
}
