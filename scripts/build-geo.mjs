// Builds one small geometry module per country from Natural Earth (npm world-atlas) into
// src/countries/, the list of their codes, src/geo/codes.ts, and src/outlines.ts, which imports
// them. Widgets import a country's module with import() only when a map of it is on the page. Run by `npm run build` and
// `npm run check` (so by `npm start` and `npm test`); the output is generated, not committed.
//
// Per country: its arcs from countries-50m (10m for the few that 50m lacks), simplified with
// topojson-simplify to at most POINTS points by spherical triangle area, coordinates rounded to
// 0.01° (0.001° for countries under 10° across), rings that collapse dropped. Around it, in a window
// that a map of the country shows at aspect ratios from 1:1 to 16:9, the module also carries the
// land of its neighbours (Natural Earth's land, drawn muted under the country, so a coast reads as a
// coast) and the lakes and reservoirs a reader expects at the map's scale (scripts/data/lakes-50m.json).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import { geoArea, geoBounds, geoCentroid, geoDistance } from 'd3-geo';
import { clipRing, planarPolygon, roundRing, simplifyRing } from './geo-shapes.mjs';

const require = createRequire(import.meta.url);
const iso = require('iso-3166-1');
const t50 = require('world-atlas/countries-50m.json');
const t10 = require('world-atlas/countries-10m.json');
const land50 = require('world-atlas/land-50m.json');
const { lakes } = require('./data/lakes-50m.json');

const POINTS = 1400;
const OUT = new URL('../src/countries/', import.meta.url);
// Natural Earth countries without an ISO 3166-1 numeric code that have a code in common use.
const EXTRA = { Kosovo: { alpha2: 'XK', alpha3: 'XKX' } };

/** A topology holding only `geometry` and the arcs it uses, so simplifying it is cheap. */
function extract(topology, geometry) {
  const map = new Map();
  const arcs = [];
  const remap = (i) => {
    const index = i < 0 ? ~i : i;
    if (!map.has(index)) {
      map.set(index, arcs.length);
      arcs.push(topology.arcs[index]);
    }
    return i < 0 ? ~map.get(index) : map.get(index);
  };
  const walk = (a) => (typeof a === 'number' ? remap(a) : a.map(walk));
  return {
    type: 'Topology',
    transform: topology.transform,
    arcs,
    objects: { country: { type: geometry.type, arcs: walk(geometry.arcs) } },
  };
}

function simplified(topology, geometry) {
  const pre = presimplify(extract(topology, geometry));
  const weights = pre.arcs.flatMap((arc) => arc.map((p) => p[2])).filter((w) => Number.isFinite(w));
  weights.sort((a, b) => b - a);
  const min = weights.length > POINTS ? weights[POINTS] : 0;
  return simplify(pre, min);
}

function roundedRing(ring, digits) {
  const f = 10 ** digits;
  const round = (n) => Math.round(n * f) / f;
  const out = [];
  for (const [x, y] of ring) {
    const p = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** About six points spread along a ring: enough to keep an islet on the map. */
function sampled(ring) {
  const step = Math.max(1, Math.floor((ring.length - 1) / 6));
  const points = ring.filter((_, i) => i % step === 0 && i < ring.length - 1);
  return [...points, points[0]];
}

/**
 * Rounds every ring; an island that simplification reduced to a sliver (the Florida Keys, small
 * Japanese islands) keeps a few points of its full outline instead of vanishing, so sites there
 * still count as inside the country.
 */
function rounded(simple, full, digits) {
  return simple
    .map((polygon, i) => {
      const [outer, ...holes] = polygon.map((ring) => roundedRing(ring, digits));
      const kept = outer.length >= 4 ? outer : roundedRing(sampled(full[i][0]), digits);
      if (kept.length < 4) return [];
      return [kept, ...holes.filter((ring) => ring.length >= 4)];
    })
    .filter((polygon) => polygon.length > 0);
}

/** 800 km, in radians of a great circle. */
const HOP = 800 / 6371;

/**
 * Indices of the polygons a map frames: the largest landmass, then, again and again, every part
 * whose centre lies within HOP of a point of a part already in, so island chains stay whole
 * (Japan to Okinawa, Indonesia to Papua). Parts further out (French Guiana, the Canaries, the
 * Azores, Alaska, Hawaii…) stay out of the frame unless a site is there.
 */
function mainland(coordinates) {
  const polygons = coordinates.map((c) => ({ type: 'Polygon', coordinates: c }));
  const areas = polygons.map((p) => geoArea(p));
  const centers = polygons.map((p) => geoCentroid(p));
  const inside = new Set([areas.indexOf(Math.max(...areas))]);
  for (let grew = true; grew;) {
    grew = false;
    polygons.forEach((_, i) => {
      if (inside.has(i)) return;
      const near = [...inside].some((j) =>
        coordinates[j][0].some((point) => geoDistance(point, centers[i]) <= HOP),
      );
      if (near) {
        inside.add(i);
        grew = true;
      }
    });
  }
  return [...inside].sort((a, b) => a - b);
}

/**
 * Rings that cross the 180° meridian (Fiji, Chukotka) jump from +180 to -180 between two points;
 * shifting their western longitudes by 360° keeps them continuous, so flat longitude/latitude tests
 * at run time stay right. Rings around a pole (Antarctica) are left as they are.
 */
function unwrapped(ring) {
  const jumps = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!jumps) return ring;
  const shifted = ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]);
  const xs = shifted.map((p) => p[0]);
  return Math.max(...xs) - Math.min(...xs) > 300 ? ring : shifted;
}

/** d3-geo reads a ring's winding on the sphere: one that encloses more than half of it is inverted. */
function outward(polygon) {
  return geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
    ? polygon.map((ring) => [...ring].reverse())
    : polygon;
}

/** Natural Earth's land as polygons of rings (the Caspian Sea is a hole). */
const LAND = feature(land50, land50.objects.land).features.flatMap(({ geometry: g }) =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates,
);
const LAKES = lakes.map((lake) => ({ ...lake, box: boxOf(lake.coordinates.flat(2)) }));

function boxOf(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
}

/**
 * The longitude/latitude window a map of `bounds` can show, and the span of the country in degrees
 * of latitude. Longitudes are unwrapped (east > 180 across the antimeridian), as the country's are.
 */
function windowOf([[x0, y0], [x1, y1]]) {
  const east = x1 >= x0 ? x1 : x1 + 360;
  const [cx, cy] = [(x0 + east) / 2, (y0 + y1) / 2];
  const k = Math.cos((cy * Math.PI) / 180);
  const [sx, sy] = [(east - x0) * k, y1 - y0];
  const span = Math.max(sx, sy, 0.5);
  const hx = (0.7 * Math.max(sx, 1.8 * sy, 0.5)) / k;
  const hy = 0.75 * Math.max(sy, sx, 0.5);
  const window = [
    [cx - hx, Math.max(-89, cy - hy)],
    [cx + hx, Math.min(89, cy + hy)],
  ];
  return { window, span };
}

/**
 * Polygons made flat (planarPolygon) and clipped to the window, each tried at its longitude and
 * shifted by a turn either way; a polygon whose outer ring falls outside or collapses is dropped,
 * and so is such a hole. A simplified islet may come out wound the wrong way round: `outward`
 * turns it back.
 */
function clippedPolygons(polygons, window, tolerance, digits) {
  const ring = (r, shift) =>
    roundRing(
      simplifyRing(
        clipRing(
          r.map(([x, y]) => [x + shift, y]),
          window,
        ),
        tolerance,
      ),
      digits,
    );
  const [[wx0, wy0], [wx1, wy1]] = window;
  return polygons.flatMap((spherical) => {
    const polygon =
      flat.get(spherical) ?? flat.set(spherical, planarPolygon(spherical)).get(spherical);
    const [[x0, y0], [x1, y1]] =
      boxes.get(polygon) ?? boxes.set(polygon, boxOf(polygon[0])).get(polygon);
    if (y1 < wy0 || y0 > wy1) return [];
    return [-360, 0, 360]
      .filter((shift) => x1 + shift >= wx0 && x0 + shift <= wx1)
      .map((shift) => polygon.map((r) => ring(r, shift)))
      .filter(([outer]) => outer.length > 0)
      .map((rings) => outward(rings.filter((r) => r.length > 0)));
  });
}
const boxes = new Map();
/** Polygons as flat ones (planarPolygon), by their spherical original. */
const flat = new Map();

/** Neighbouring land and lakes around a country, for a map whose window spans `span` degrees. */
function surroundings(bounds, digits) {
  const { window, span } = windowOf(bounds);
  // A two-hundredth of the country's span: under 5 px on a 960 px map.
  const tolerance = span / 200;
  const neighbours = clippedPolygons(LAND, window, tolerance, digits);
  // Lakes of at least 40 px² on a 960 px map (the country about 900 px across).
  const minArea = 40 * ((span * 111) / 900) ** 2;
  const [[wx0, wy0], [wx1, wy1]] = window;
  const water = LAKES.filter(
    ({ area, box: [[x0, y0], [x1, y1]] }) =>
      area >= minArea &&
      y1 >= wy0 &&
      y0 <= wy1 &&
      [-360, 0, 360].some((s) => x1 + s >= wx0 && x0 + s <= wx1),
  ).flatMap((lake) => clippedPolygons(lake.coordinates, window, tolerance / 2, digits));
  return { neighbours, lakes: water };
}

// Country names in the languages Lede writes, so that a map in them needs no Intl call (the first
// one in a page loads ICU's data). A code Intl does not know comes back as the code: left out.
const DISPLAY = ['en', 'fr', 'ja'].map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]);
function namesOf(alpha2) {
  return Object.fromEntries(
    DISPLAY.map(([l, names]) => [l, names.of(alpha2)]).filter(([, name]) => name !== alpha2),
  );
}

function codesOf(geometry) {
  if (geometry.id) {
    const entry = iso.whereNumeric(geometry.id);
    if (entry) return { alpha2: entry.alpha2, alpha3: entry.alpha3 };
  }
  return EXTRA[geometry.properties.name];
}

const ids50 = new Set(t50.objects.countries.geometries.map((g) => g.id ?? g.properties.name));
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const table = [];
const size = (g) => JSON.stringify(g.arcs).length;
// Ashmore and Cartier Islands share Australia's numeric code: the larger geometry keeps the code.
const geometries = [...t10.objects.countries.geometries].sort((a, b) => size(b) - size(a));
for (const geometry of geometries) {
  const codes = codesOf(geometry);
  if (!codes || table.some((c) => c.alpha3 === codes.alpha3)) continue;
  const from50 = ids50.has(geometry.id ?? geometry.properties.name);
  const topology = from50 ? t50 : t10;
  const source = from50
    ? t50.objects.countries.geometries.find(
        (g) => (g.id ?? g.properties.name) === (geometry.id ?? geometry.properties.name),
      )
    : geometry;
  const simple = simplified(topology, source);
  const shape = feature(simple, simple.objects.country).geometry;
  if (!shape) continue;
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const whole = extract(topology, source);
  const fullShape = feature(whole, whole.objects.country).geometry;
  const full = fullShape.type === 'Polygon' ? [fullShape.coordinates] : fullShape.coordinates;
  const [[x0, y0], [x1, y1]] = geoBounds(shape);
  const span = Math.max(y1 - y0, x1 > x0 ? x1 - x0 : x1 + 360 - x0);
  const coordinates = rounded(polygons, full, span < 10 ? 3 : 2).map((polygon) =>
    outward(polygon).map(unwrapped),
  );
  const main = mainland(coordinates);
  const mainShape = { type: 'MultiPolygon', coordinates: main.map((i) => coordinates[i]) };
  const region = {
    name: geometry.properties.name,
    names: namesOf(codes.alpha2),
    ...codes,
    resolution: from50 ? '50m' : '10m',
    main,
    bounds: geoBounds(mainShape).map(([x, y]) => [
      Math.round(x * 100) / 100,
      Math.round(y * 100) / 100,
    ]),
    coordinates,
  };
  Object.assign(region, surroundings(region.bounds, span < 10 ? 3 : 2));
  writeFileSync(
    new URL(`${codes.alpha3}.ts`, OUT),
    `// Generated by scripts/build-geo.mjs from Natural Earth (world-atlas ${region.resolution}). Do not edit.\n` +
      `import type { RegionGeometry } from '../geo/region.js';\n\n` +
      `const region: RegionGeometry = ${JSON.stringify(region)};\nexport default region;\n`,
  );
  table.push(codes);
}
table.sort((a, b) => a.alpha3.localeCompare(b.alpha3));
writeFileSync(
  new URL('../src/geo/codes.ts', import.meta.url),
  `// Generated by scripts/build-geo.mjs. Do not edit.\n\n` +
    `/** Every country with an outline: alpha-2 code then alpha-3 code, space-separated ("AWABW AFAFG …"). */\n` +
    `export const CODES = '${table.map((c) => c.alpha2 + c.alpha3).join(' ')}';\n`,
);
// One static import() per outline: every bundler (Vite in build and dev, webpack, Rollup, esbuild
// with splitting) sees each file and emits it as a chunk of its own, fetched only when a map of
// that country is drawn. A template-literal import() is left alone inside node_modules by Vite.
writeFileSync(
  new URL('../src/outlines.ts', import.meta.url),
  `// Generated by scripts/build-geo.mjs. Do not edit.\n\n` +
    `const outlines: Readonly<Record<string, () => Promise<unknown>>> = {\n` +
    table.map((c) => `  ${c.alpha3}: () => import('./countries/${c.alpha3}.js'),\n`).join('') +
    `};\n\n` +
    `/** Imports the outline module of a country by its alpha-3 code; undefined for other codes. */\n` +
    `export const importOutline = (alpha3: string): Promise<unknown> | undefined =>\n` +
    `  Object.hasOwn(outlines, alpha3) ? outlines[alpha3]!() : undefined;\n`,
);
console.log(`geometry: ${table.length} countries in src/countries/`);
