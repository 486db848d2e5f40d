// Loads one country's outline on demand. The outlines ship once, in dist/countries/: the npm
// modules import them through src/outlines.ts (one static import() each, which every bundler
// follows), and the script-tag bundles (dist/lede*.js) from beside the script (rollup.config.mjs
// puts a runtime path in the place of src/outlines.ts). This module and that one sit at the top of
// src/ so that `./countries/` means dist/countries/ in both builds.
import type { RegionGeometry } from './geo/region.js';
import { importOutline } from './outlines.js';

/**
 * How outlines are imported, and how long an import may take before the map gives up (the browser
 * cannot abort a module import, but the map stops waiting). Tests replace `load` to make an
 * outline fail or hang, and shorten `timeoutMs` (network.test.ts).
 */
export const regionLoading = {
  timeoutMs: 10_000,
  load: (alpha3: string): Promise<unknown> =>
    importOutline(alpha3) ?? Promise.reject(new Error(`there is no outline of ${alpha3}`)),
};

/**
 * The outline of `alpha3` at once, in Node only, read with `require` (which loads these ES modules
 * in Node 20.19 and later) from the package's files beside this module; undefined anywhere else or
 * when that fails (an older Node, a server bundle that moved this module), and the caller then
 * loads it as browsers do. A server render that renders synchronously (a framework's Lit
 * integration) thus draws the map in its first and only pass.
 */
export function loadRegionNow(alpha3: string): RegionGeometry | undefined {
  const node = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const module = node?.getBuiltinModule?.('node:module') as
    { createRequire?: (from: string) => (id: string) => unknown } | undefined;
  if (!module?.createRequire || !/^[A-Z]{3}$/.test(alpha3)) return undefined;
  try {
    const loaded = module.createRequire(import.meta.url)(`./countries/${alpha3}.js`);
    return outline(loaded, alpha3);
  } catch {
    return undefined;
  }
}

/** The outline a loaded module holds, if it holds the outline of `alpha3`. */
function outline(module: unknown, alpha3: string): RegionGeometry | undefined {
  const geometry = (module as { default?: Partial<RegionGeometry> } | undefined)?.default;
  return geometry?.alpha3 === alpha3 && Array.isArray(geometry.coordinates)
    ? (geometry as RegionGeometry)
    : undefined;
}

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
  const geometry = outline(module, alpha3);
  if (!geometry) throw new Error(`${url} holds no outline of ${alpha3}`);
  return geometry;
}
