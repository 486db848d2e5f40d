// Map framing: a country's geometry, its sites and the chart size in, a fitted d3-geo projection out.
// The frame holds the country's main polygons (its largest landmass and every part within 1,800 km,
// chosen when the geometry is built) and every site; parts further away (overseas territories such
// as French Guiana, Alaska or Hawaii) stay outside the frame unless a site is there, so they never
// shrink the main land to a speck.
import { geoConicConformal, geoEquirectangular, geoMercator, type GeoProjection } from 'd3-geo';
import type { RegionGeometry } from '../geo/region.js';
import type { ProjectionChoice } from './projection-choice.js';

export interface Box {
  width: number;
  height: number;
  margin: number;
}

export function fitProjection(
  region: RegionGeometry,
  sites: readonly { lon: number; lat: number }[],
  box: Box,
  choice: ProjectionChoice = 'auto',
): GeoProjection {
  const frame = {
    type: 'GeometryCollection' as const,
    geometries: [
      {
        type: 'MultiPolygon' as const,
        coordinates: region.main.map((i) => region.coordinates[i]!),
      },
      { type: 'MultiPoint' as const, coordinates: sites.map((s) => [s.lon, s.lat]) },
    ],
  };
  const [[x0, y0], [x1, y1]] = region.bounds;
  const lon = x1 >= x0 ? (x0 + x1) / 2 : (x0 + x1 + 360) / 2;
  const lat = (y0 + y1) / 2;
  const projection = makeProjection(choice, lon, lat, Math.max(2, y1 - y0));
  projection.fitExtent(
    [
      [box.margin, box.margin],
      [box.width - box.margin, box.height - box.margin],
    ],
    frame,
  );
  return projection.clipExtent([
    [0, 0],
    [box.width, box.height],
  ]);
}

/** Conic conformal away from the equator (true shapes, little distortion over a country's span), Mercator near it. */
function makeProjection(choice: ProjectionChoice, lon: number, lat: number, span: number) {
  const kind = choice === 'auto' ? (Math.abs(lat) < 15 ? 'mercator' : 'conic-conformal') : choice;
  if (kind === 'mercator') return geoMercator().rotate([-lon, 0]);
  if (kind === 'equirectangular') return geoEquirectangular().rotate([-lon, 0]);
  const sign = lat < 0 ? -1 : 1;
  const near = Math.max(5, Math.abs(lat) - span / 4);
  const far = Math.min(80, Math.abs(lat) + span / 4);
  return geoConicConformal()
    .rotate([-lon, 0])
    .parallels([sign * near, sign * far]);
}
