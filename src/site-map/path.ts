// Projected outline: a projection and a region's polygons in, SVG path strings with coordinates
// rounded to tenths of a pixel out (the country, the land around it, its lakes), and the projected
// box of the polygons the map frames. d3-geo
// streams the projected points; this sink writes them. (geoPath would do the same but brings its
// area, centroid and length calculators: 1.3 KB min+gzip the map never uses.)
import { geoStream, type GeoProjection } from 'd3-geo';
import type { RegionGeometry } from '../geo/region.js';
import type { Ring } from './land.js';

export interface ProjectedOutline {
  d: string;
  /** Neighbouring land, drawn muted under the country. */
  neighbours: string;
  /** Lakes, drawn over the land. */
  water: string;
  /** The country's projected rings, clipped to the map, for telling land from sea. */
  rings: Ring[];
  /** [[x0, y0], [x1, y1]]: the projected box of the region's main polygons. */
  frame: [[number, number], [number, number]];
}

export function projectedOutline(
  projection: GeoProjection,
  region: RegionGeometry,
): ProjectedOutline {
  let d = '';
  let start = true;
  let polygon = false;
  let main = false;
  let rings: Ring[] | undefined = [];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const r = (n: number) => Math.round(n * 10) / 10;
  const stream = projection.stream({
    point(x: number, y: number) {
      d += `${start ? 'M' : 'L'}${r(x)},${r(y)}`;
      if (rings) {
        if (start) rings.push([]);
        rings[rings.length - 1]!.push([r(x), r(y)]);
      }
      start = false;
      if (!main) return;
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    },
    lineStart() {
      start = true;
    },
    lineEnd() {
      if (polygon) d += 'Z';
    },
    polygonStart() {
      polygon = true;
    },
    polygonEnd() {
      polygon = false;
    },
    sphere() {},
  });
  // One polygon at a time (as a MultiPolygon streams them), knowing which ones the map frames.
  region.coordinates.forEach((coordinates, i) => {
    main = region.main.includes(i);
    geoStream({ type: 'Polygon', coordinates }, stream);
  });
  const country = d;
  const land = rings;
  rings = undefined;
  main = false;
  const drawn = (polygons: RegionGeometry['coordinates'] = []) => {
    d = '';
    for (const coordinates of polygons) geoStream({ type: 'Polygon', coordinates }, stream);
    return d;
  };
  return {
    d: country,
    rings: land,
    neighbours: drawn(region.neighbours),
    water: drawn(region.lakes),
    frame: [
      [x0, y0],
      [x1, y1],
    ],
  };
}
