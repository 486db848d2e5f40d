// Map framing: a country's geometry, its sites and the chart size in, a fitted projection out.
// The frame holds the country's main polygons (its largest landmass and every part within 1,800 km,
// chosen when the geometry is built) and every site; parts further away (overseas territories such
// as French Guiana, Alaska or Hawaii) stay outside the frame unless a site is there, so they never
// shrink the main land to a speck.
//
// The maths of each projection is d3-geo's raw projection, after turning the globe so that the
// region's middle meridian is at the centre. The rest of d3-geo's projection pipeline (adaptive
// resampling, clipping at the far meridian and at the box: 6.9 KB gzipped, and most of a map's
// first render) is not needed here: rings are unwrapped so that they never jump across the far
// meridian, their edges are cut into steps of at most 3 degrees so that parallels curve as they
// should, and path.ts clips them to the box.
import {
  geoConicConformalRaw,
  geoEquirectangularRaw,
  geoMercatorRaw,
  type GeoRawProjection,
} from 'd3-geo';
import type { RegionGeometry } from '../geo/region.js';
import type { ProjectionChoice } from './projection-choice.js';

export interface Box {
  width: number;
  height: number;
  margin: number;
}

/** [x, y]: east and down. */
export type XY = [number, number];

/**
 * A region at unit scale, before it is fitted to a box. It does not depend on the box or the sites,
 * so every map of the region in one projection shares it, whatever its size.
 */
export interface UnitOutline {
  /** A point [longitude, latitude] at unit scale. */
  point(lon: number, lat: number): XY;
  /** The region's polygons (`coordinates`), at unit scale. */
  polygons: XY[][][];
  neighbours: XY[][][];
  lakes: XY[][][];
  /** [[x0, y0], [x1, y1]]: the box of the main polygons, every ring (Antarctica's outer ring, as d3-geo winds it, is the pole). */
  frame: [XY, XY];
}

/** A projection fitted to a box. */
export interface Projection {
  /** A point [longitude, latitude] on the map. */
  (point: readonly [number, number]): XY;
  outline: UnitOutline;
  /** A unit-scale point on the map. */
  place: (p: XY) => XY;
  /** [width, height] of the map. */
  size: readonly [number, number];
}

const RADIANS = Math.PI / 180;
/** The longest edge drawn straight, in degrees. */
const STEP = 3;
/** Mercator runs to infinity at the poles: latitudes stop at 89 degrees. */
const MERCATOR_LIMIT = 89 * RADIANS;

const unitOutlines = new WeakMap<RegionGeometry, Map<ProjectionChoice, UnitOutline>>();

/** The region's unit outline in a projection, the middle of its main polygons at the centre. */
export function unitOutline(region: RegionGeometry, choice: ProjectionChoice): UnitOutline {
  let byChoice = unitOutlines.get(region);
  if (!byChoice) unitOutlines.set(region, (byChoice = new Map<ProjectionChoice, UnitOutline>()));
  let found = byChoice.get(choice);
  if (!found) byChoice.set(choice, (found = project(region, choice)));
  return found;
}

function project(region: RegionGeometry, choice: ProjectionChoice): UnitOutline {
  const [[x0, y0], [x1, y1]] = region.bounds;
  const middle = x1 >= x0 ? (x0 + x1) / 2 : (x0 + x1 + 360) / 2;
  const lat = (y0 + y1) / 2;
  const raw = rawProjection(choice, lat, Math.max(2, y1 - y0));
  /** A longitude's difference from `from`, the shorter way round: (-180, 180]. */
  const east = (lon: number, from: number) => 180 - ((((from - lon + 180) % 360) + 360) % 360);
  const unit = (lon: number, lat: number): XY => {
    const [x, y] = raw(lon * RADIANS, lat * RADIANS);
    return [x, -y];
  };
  // A ring, closed as GeoJSON's are. Longitudes are unwrapped along it (from the middle meridian),
  // so that it never jumps across the far meridian, and each edge longer than STEP is cut into
  // steps, along the parallels and meridians as the data means them (a border on a parallel curves
  // with it).
  const ring = (points: readonly (readonly [number, number])[]) => {
    let list: [number, number][] = [[east(points[0]![0], middle), points[0]![1]]];
    for (let i = 1; i < points.length; i++) {
      list.push([list[i - 1]![0] + east(points[i]![0], points[i - 1]![0]), points[i]![1]]);
    }
    const turn = list[list.length - 1]![0] - list[0]![0];
    if (Math.abs(turn) > 180) list = aroundPole(list, Math.sign(turn));
    else {
      // Whole turns off, so that the ring's middle is within half a turn of the map's.
      const lons = list.map((p) => p[0]);
      const shift = 360 * Math.round((Math.min(...lons) + Math.max(...lons)) / 720);
      if (shift) list = list.map(([x, y]) => [x - shift, y]);
    }
    let [lon, lat] = list[0]!;
    const out: XY[] = [unit(lon, lat)];
    for (const [x, y] of list.slice(1)) {
      const steps = Math.ceil(Math.max(Math.abs(x - lon), Math.abs(y - lat)) / STEP);
      for (let s = 1; s <= steps; s++) {
        out.push(unit(lon + ((x - lon) * s) / steps, lat + ((y - lat) * s) / steps));
      }
      [lon, lat] = [x, y];
    }
    // The path's Z draws the last edge: the closing point, which repeats the first, is left out.
    const [a, z] = [out[0]!, out[out.length - 1]!];
    if (out.length > 1 && Math.abs(a[0] - z[0]) + Math.abs(a[1] - z[1]) < 1e-9) out.pop();
    return out;
  };
  const polygons = (list: RegionGeometry['coordinates'] = []) =>
    list.map((rings) => rings.map(ring));
  const country = polygons(region.coordinates);
  return {
    point: (lon, lat) => unit(east(lon, middle), lat),
    polygons: country,
    neighbours: polygons(region.neighbours),
    lakes: polygons(region.lakes),
    frame: boxOf(region.main.flatMap((i) => country[i]!.flat())),
  };
}

/**
 * A ring around a pole (Antarctica's coast), its longitudes unwrapped through a whole turn `sign`
 * (1 eastward, -1 westward): cut where it crosses the far meridian and closed along the pole, so
 * that it spans [-180, 180] and a conic projection, whose cone does not close, draws no wedge.
 */
function aroundPole(list: [number, number][], sign: number): [number, number][] {
  // The far meridian the ring crosses: the first odd multiple of 180 past its start.
  const start = list[0]![0];
  const far = sign < 0 ? -180 : start < 180 ? 180 : 540;
  // The first point at or past it (the last point, a turn from the first, at the latest).
  const found = list.findIndex(([x], k) => k > 0 && sign * (x - far) >= -1e-9);
  const i = found > 0 ? found : list.length - 1;
  const [x0, y0] = list[i - 1]!;
  const [x1, y1] = list[i]!;
  const at = y0 + ((y1 - y0) * (far - x0)) / (x1 - x0 || 1);
  const pole = list.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
  const turned = list.slice(1, i).map(([x, y]): [number, number] => [x + 360 * sign, y]);
  // From the crossing to the last point (the first point, a turn on), then the first points a turn
  // on, back to the crossing, and along the pole.
  const cut: [number, number][] = [
    [far, at],
    ...list.slice(i),
    ...turned,
    [far + 360 * sign, at],
    [far + 360 * sign, pole],
    [far, pole],
    [far, at],
  ];
  return cut.map(([x, y]) => [x - far - 180 * sign, y]);
}

/** Conic conformal away from the equator (true shapes, little distortion over a country's span), Mercator near it. */
function rawProjection(choice: ProjectionChoice, lat: number, span: number): GeoRawProjection {
  const kind = choice === 'auto' ? (Math.abs(lat) < 15 ? 'mercator' : 'conic-conformal') : choice;
  if (kind === 'mercator') {
    // Clamped short of the poles, where Mercator runs to infinity.
    return (x, y) => geoMercatorRaw(x, Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, y)));
  }
  if (kind === 'equirectangular') return geoEquirectangularRaw;
  const sign = lat < 0 ? -1 : 1;
  const near = Math.max(5, Math.abs(lat) - span / 4);
  const far = Math.min(80, Math.abs(lat) + span / 4);
  return geoConicConformalRaw(sign * near * RADIANS, sign * far * RADIANS);
}

export function fitProjection(
  region: RegionGeometry,
  sites: readonly { lon: number; lat: number }[],
  box: Box,
  choice: ProjectionChoice = 'auto',
): Projection {
  const outline = unitOutline(region, choice);
  const [[x0, y0], [x1, y1]] = boxOf([
    ...outline.frame,
    ...sites.map((s) => outline.point(s.lon, s.lat)),
  ]);
  const width = box.width - 2 * box.margin;
  const height = box.height - 2 * box.margin;
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  // A frame of one point (no land, one site) keeps the unit scale.
  const scale = Number.isFinite(k) && k > 0 ? k : 1;
  const dx = box.margin + (width - scale * (x0 + x1)) / 2;
  const dy = box.margin + (height - scale * (y0 + y1)) / 2;
  const place = ([x, y]: XY): XY => [scale * x + dx, scale * y + dy];
  const projection = (([lon, lat]: readonly [number, number]) =>
    place(outline.point(lon, lat))) as Projection;
  projection.outline = outline;
  projection.place = place;
  projection.size = [box.width, box.height];
  return projection;
}

/** [[x0, y0], [x1, y1]] of points. */
export function boxOf(points: readonly XY[]): [XY, XY] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}
