// Site map geometry: the region, its sites and the chart size in, the land path, marker positions
// and label positions (or marker numbers, when the labels cannot all fit) out.
import { round } from '../core/layout/round.js';
import type { RegionGeometry } from '../geo/region.js';
import { fitProjection, regionFeature, type ProjectionChoice } from './projection.js';
import { placeSiteLabels, type SiteLabel } from './labels.js';
import { dodgeMarkers } from './dodge.js';
import { projectedPath } from './path.js';
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
  markers: MapMarker[];
  numbered: boolean;
  radius: number;
}

export function siteMapLayout(
  region: RegionGeometry,
  sites: readonly Site[],
  size: { width: number; height: number },
  options: { highlight?: string; projection?: ProjectionChoice } = {},
): MapLayout {
  const projection = fitProjection(region, sites, { ...size, margin: 12 }, options.projection);
  const land = projectedPath(projection, regionFeature(region));
  const points = sites.map((s) => {
    const [x, y] = projection([s.lon, s.lat]) ?? [NaN, NaN];
    return { x: round(x), y: round(y) };
  });
  const lit = sites.findIndex((s) => s.name === options.highlight);
  const order = sites.map((_, i) => i).sort((a, b) => Number(b === lit) - Number(a === lit));
  const radius = 6;
  const labels = placeSiteLabels(
    points,
    sites.map((s) => s.name),
    size,
    order,
    radius + 2,
    new Set([lit]),
  );
  const numbered = labels === undefined;
  const spots = numbered ? dodgeMarkers(points, 9, size) : points;
  return {
    width: size.width,
    height: size.height,
    land,
    numbered,
    radius: numbered ? 9 : radius,
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
