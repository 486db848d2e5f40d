// Site map geometry: the region, its sites and the chart size in, the land path, marker positions
// and label positions (or marker numbers, when the labels cannot all fit) out.
import { round } from '../core/layout/round.js';
import { ESTIMATE, type Typeset } from '../core/layout/text.js';
import type { RegionGeometry } from '../geo/region.js';
import { fitProjection, type Projection } from './projection.js';
import type { ProjectionChoice } from './projection-choice.js';
import { placeSiteLabels, type SiteLabel } from './labels.js';
import { dodgeMarkers } from './dodge.js';
import { landTest } from './land.js';
import { projectedOutline, type ProjectedOutline } from './path.js';
import type { Site } from './sites.js';

export type MarkerShape = 'circle' | 'diamond' | 'ring' | 'square';

const SHAPES: Record<string, MarkerShape> = {
  operating: 'circle',
  construction: 'diamond',
  planned: 'ring',
};

export function markerShape(site: Pick<Site, 'status' | 'known'>): MarkerShape {
  return site.known ? SHAPES[site.status]! : 'square';
}

/** Gap between a label and the drawn edge of any marker, halo or ring, in pixels. */
const LABEL_GAP = 2;

/**
 * How far a marker's drawing reaches from its centre: the shape (a diamond's corners reach 1.35
 * radii) with half its 1.5 px outline, or the highlighted site's halo (radius + 5, 1.5 px stroke).
 */
export function markerReach(shape: MarkerShape, radius: number, highlight: boolean): number {
  if (highlight) return radius + 5 + 0.75;
  return (shape === 'diamond' ? radius * 1.35 : radius) + 0.75;
}

export interface MapMarker {
  x: number;
  y: number;
  site: Site;
  shape: MarkerShape;
  highlight: boolean;
  /** 1-based number shown in the marker and the key when labels do not fit. */
  number: number;
  /** The site's true point, when a numbered marker was moved off it to stay clear of others. */
  origin?: { x: number; y: number };
  label?: SiteLabel;
}

export interface MapLayout {
  width: number;
  height: number;
  land: string;
  /** The land around the country, muted. */
  neighbours: string;
  /** Lakes and reservoirs. */
  water: string;
  markers: MapMarker[];
  numbered: boolean;
  /** Too many sites to label or number: small markers at their true points, labels where they fit. */
  dense: boolean;
  radius: number;
}

/**
 * The most sites a map numbers when their labels do not fit. A number of three digits no longer fits
 * its marker, a key of hundreds of names is no longer a key, and moving hundreds of markers off their
 * points to keep them apart costs seconds: past this, the map is drawn dense instead.
 */
export const MAX_NUMBERED = 99;
/** Marker radius of a dense map: small enough that a crowd still shows its shape. */
const DENSE_RADIUS = 3;

/** Framings a region keeps: a page's maps of one country come in a few sizes, not hundreds. */
const FRAMINGS_KEPT = 8;
type Framing = { projection: Projection; outline: ProjectedOutline };
const framings = new WeakMap<RegionGeometry, Map<string, Framing>>();
/** Framings fitted and projected so far (not found in the cache): tests check maps share them. */
export const framingStats = { fitted: 0 };

/**
 * The fitted projection and the projected outline. Projecting a country's outline is most of a
 * map's work and its path the largest string a map holds, so maps of the same region and size
 * share them: the framing fitted to the region alone serves every map whose sites all fall inside
 * it (fitting the sites too would give the same projection), whatever its sites. Maps with a site
 * outside it get a framing of their own. The few most recent framings per region are kept.
 */
function framing(
  region: RegionGeometry,
  sites: readonly Site[],
  size: { width: number; height: number },
  choice: ProjectionChoice | undefined,
): Framing {
  const shared = kept(region, `${size.width}x${size.height} ${choice}`, [], size, choice);
  const [[x0, y0], [x1, y1]] = shared.outline.frame;
  const inside = sites.every((s) => {
    const [x, y] = shared.projection([s.lon, s.lat]);
    return x >= x0 && x <= x1 && y >= y0 && y <= y1;
  });
  if (inside) return shared;
  const key = `${size.width}x${size.height} ${choice} ${sites.map((s) => `${s.lon},${s.lat}`).join(' ')}`;
  return kept(region, key, sites, size, choice);
}

function kept(
  region: RegionGeometry,
  key: string,
  sites: readonly Site[],
  size: { width: number; height: number },
  choice: ProjectionChoice | undefined,
): Framing {
  let byKey = framings.get(region);
  if (!byKey) framings.set(region, (byKey = new Map<string, Framing>()));
  let found = byKey.get(key);
  if (found) {
    // Most recently used last.
    byKey.delete(key);
  } else {
    framingStats.fitted++;
    const projection = fitProjection(region, sites, { ...size, margin: 12 }, choice);
    found = { projection, outline: projectedOutline(projection) };
    if (byKey.size >= FRAMINGS_KEPT) byKey.delete(byKey.keys().next().value!);
  }
  byKey.set(key, found);
  return found;
}

export function siteMapLayout(
  region: RegionGeometry,
  sites: readonly Site[],
  size: { width: number; height: number },
  options: { highlight?: string; projection?: ProjectionChoice; typeset?: Typeset } = {},
): MapLayout {
  const typeset = options.typeset ?? ESTIMATE;
  const { projection, outline } = framing(region, sites, size, options.projection);
  const points = sites.map((s) => {
    const [x, y] = projection([s.lon, s.lat]);
    return { x: round(x), y: round(y) };
  });
  const lit = sites.findIndex((s) => s.name === options.highlight);
  const order = sites.map((_, i) => i).sort((a, b) => Number(b === lit) - Number(a === lit));
  const names = sites.map((s) => s.name);
  const bold = new Set([lit]);
  let radius = 6;
  const reach = (r: number) =>
    sites.map((s, i) => markerReach(markerShape(s), r, i === lit) + LABEL_GAP);
  let labels = placeSiteLabels(points, names, size, order, reach(radius), bold, false, typeset);
  const numbered = labels === undefined && sites.length <= MAX_NUMBERED;
  const dense = labels === undefined && !numbered;
  if (numbered) radius = 9;
  if (dense) {
    // Names of a few sites out of hundreds, chosen by where they happen to fit, would tell the
    // reader nothing: a dense map names only the highlighted site. Every name is in the list.
    radius = DENSE_RADIUS;
    labels = placeSiteLabels(
      points,
      names,
      size,
      lit < 0 ? [] : [lit],
      reach(radius),
      bold,
      true,
      typeset,
    );
  }
  const spots = numbered ? dodgeMarkers(points, radius, size, landTest(outline.rings)) : points;
  return {
    width: size.width,
    height: size.height,
    land: outline.d,
    neighbours: outline.neighbours,
    water: outline.water,
    numbered,
    dense,
    radius,
    markers: sites.map((site, i) => {
      const spot = spots[i]!;
      const moved = spot.x !== points[i]!.x || spot.y !== points[i]!.y;
      return {
        ...spot,
        site,
        shape: markerShape(site),
        highlight: i === lit,
        number: i + 1,
        label: labels?.[i],
        ...(moved ? { origin: points[i]! } : {}),
      };
    }),
  };
}
