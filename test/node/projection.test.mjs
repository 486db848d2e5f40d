// The map's projection against d3-geo's whole projection pipeline (rotation, adaptive resampling,
// clipping at the far meridian and at the box), which the map no longer ships: for every country's
// outline, land is drawn where d3-geo draws it and sites land where d3-geo puts them. The oracle
// is fed the same rings cut into steps of a few degrees, since d3-geo joins two points by a great
// circle and the outline's data means a straight line in longitude and latitude (a border on a
// parallel). Seeded random points. Imports the npm build, so run `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { geoConicConformal, geoEquirectangular, geoMercator, geoStream } from 'd3-geo';
import { fitProjection } from '../../dist/site-map/projection.js';
import { projectedOutline } from '../../dist/site-map/path.js';
import { landTest } from '../../dist/site-map/land.js';

const COUNTRIES = readdirSync(new URL('../../dist/countries/', import.meta.url))
  .filter((f) => /^[A-Z]{3}\.js$/.test(f))
  .map((f) => f.slice(0, 3));
const regionOf = async (code) => (await import(`../../dist/countries/${code}.js`)).default;
const SIZE = { width: 960, height: 600, margin: 12 };

/** d3-geo's projection for a region, as the map chose it before it stopped shipping d3-geo's pipeline. */
function d3Projection(region, sites, choice) {
  const [[x0, y0], [x1, y1]] = region.bounds;
  const lon = x1 >= x0 ? (x0 + x1) / 2 : (x0 + x1 + 360) / 2;
  const lat = (y0 + y1) / 2;
  const span = Math.max(2, y1 - y0);
  const kind = choice === 'auto' ? (Math.abs(lat) < 15 ? 'mercator' : 'conic-conformal') : choice;
  let projection;
  if (kind === 'mercator') projection = geoMercator().rotate([-lon, 0]);
  else if (kind === 'equirectangular') projection = geoEquirectangular().rotate([-lon, 0]);
  else {
    const sign = lat < 0 ? -1 : 1;
    projection = geoConicConformal()
      .rotate([-lon, 0])
      .parallels([
        sign * Math.max(5, Math.abs(lat) - span / 4),
        sign * Math.min(80, Math.abs(lat) + span / 4),
      ]);
  }
  const frame = {
    type: 'GeometryCollection',
    geometries: [
      { type: 'MultiPolygon', coordinates: region.main.map((i) => dense(region.coordinates[i])) },
      { type: 'MultiPoint', coordinates: sites.map((s) => [s.lon, s.lat]) },
    ],
  };
  projection.fitExtent(
    [
      [SIZE.margin, SIZE.margin],
      [SIZE.width - SIZE.margin, SIZE.height - SIZE.margin],
    ],
    frame,
  );
  return projection.clipExtent([
    [0, 0],
    [SIZE.width, SIZE.height],
  ]);
}

/** A polygon's rings with every edge cut into steps of at most 2 degrees. */
function dense(polygon) {
  return polygon.map((ring) =>
    ring.flatMap(([x, y], i) => {
      if (i === 0) return [[x, y]];
      const [px, py] = ring[i - 1];
      const dx = x - px - 360 * Math.round((x - px) / 360);
      const steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(y - py)) / 2);
      return Array.from({ length: steps }, (_, s) => [
        px + (dx * (s + 1)) / steps,
        py + ((y - py) * (s + 1)) / steps,
      ]);
    }),
  );
}

/** The rings d3-geo draws for a region's polygons. */
function d3Rings(projection, polygons) {
  const rings = [];
  const stream = projection.stream({
    point: (x, y) => rings[rings.length - 1].push([x, y]),
    lineStart: () => rings.push([]),
    lineEnd() {},
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  });
  for (const polygon of polygons)
    geoStream({ type: 'Polygon', coordinates: dense(polygon) }, stream);
  return rings.filter((r) => r.length > 2);
}

/** The rings of an SVG path of M…L…Z rings. */
const ringsOf = (d) =>
  d
    .split('Z')
    .filter(Boolean)
    .map((ring) =>
      ring
        .slice(1)
        .split('L')
        .map((p) => p.split(',').map(Number)),
    );

/** Distance from a point to the nearest edge of any ring. */
function edgeDistance(rings, [x, y]) {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const [bx, by] = ring[i];
      const [dx, dy] = [bx - ax, by - ay];
      const t = Math.max(
        0,
        Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy || 1)),
      );
      best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
    }
  }
  return best;
}

/** Seeded random points of the map. */
const POINTS = fc
  .sample(
    fc.tuple(
      fc.integer({ min: 0, max: SIZE.width * 10 }),
      fc.integer({ min: 0, max: SIZE.height * 10 }),
    ),
    { seed: 20261207, numRuns: 60 },
  )
  .map(([x, y]) => [x / 10, y / 10]);

/**
 * Points where Lede's map and d3-geo's disagree about land (even-odd), among the random points a
 * pixel and a half or more from every edge of both.
 */
async function disagreements(code, choice) {
  const region = await regionOf(code);
  const ours = projectedOutline(fitProjection(region, [], SIZE, choice)).rings;
  const theirs = d3Rings(d3Projection(region, [], choice), region.coordinates);
  const [a, b] = [landTest(ours), landTest(theirs)];
  return POINTS.filter(
    (p) =>
      edgeDistance(ours, p) >= 1.5 &&
      edgeDistance(theirs, p) >= 1.5 &&
      a({ x: p[0], y: p[1] }) !== b({ x: p[0], y: p[1] }),
  );
}

describe('the map projection against d3-geo', () => {
  test('every country: land where d3-geo draws it, at random points', async () => {
    const failures = [];
    for (const code of COUNTRIES) {
      // Antarctica's rings go round the pole, which d3-geo reads on the sphere and Lede cuts at
      // the far meridian: checked on its own below.
      if (code === 'ATA') continue;
      const wrong = await disagreements(code, 'auto');
      if (wrong.length) failures.push(`${code}: ${JSON.stringify(wrong.slice(0, 3))}`);
    }
    assert.deepEqual(failures, []);
  });

  test('every projection, for countries across the 180° meridian, the poles and the equator', async () => {
    const failures = [];
    for (const code of [
      'FJI',
      'RUS',
      'USA',
      'KIR',
      'NZL',
      'GRL',
      'NOR',
      'IDN',
      'BRA',
      'JPN',
      'FRA',
      'CHL',
    ]) {
      for (const choice of ['mercator', 'conic-conformal', 'equirectangular']) {
        const wrong = await disagreements(code, choice);
        if (wrong.length) failures.push(`${code} ${choice}: ${JSON.stringify(wrong.slice(0, 3))}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('sites where d3-geo puts them, within a tenth of a pixel', async () => {
    for (const code of ['JPN', 'FJI', 'RUS', 'USA', 'FRA', 'BRA', 'NZL', 'ATA']) {
      const region = await regionOf(code);
      const [[x0, y0], [x1, y1]] = region.bounds;
      const east = x1 >= x0 ? x1 : x1 + 360;
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.constantFrom('auto', 'mercator', 'conic-conformal', 'equirectangular'),
          (u, v, choice) => {
            const site = {
              lon: ((x0 + u * (east - x0) + 540) % 360) - 180,
              lat: y0 + v * (y1 - y0),
            };
            const ours = fitProjection(region, [site], SIZE, choice)([site.lon, site.lat]);
            const theirs = d3Projection(region, [site], choice)([site.lon, site.lat]);
            // A site on the far meridian itself belongs at either edge of the map.
            const middle = (x0 + east) / 2;
            if (Math.abs(((site.lon - middle + 540) % 360) - 180) > 180 - 1e-6) return true;
            // Mercator stops short of the poles (89°) where d3-geo runs to infinity.
            if (!theirs || !theirs.every(Number.isFinite)) return true;
            if (choice === 'mercator' && Math.abs(site.lat) > 89) return true;
            assert.ok(
              Math.hypot(ours[0] - theirs[0], ours[1] - theirs[1]) < 0.1,
              `${code} ${choice} ${JSON.stringify(site)}: ${ours} against ${theirs}`,
            );
            return true;
          },
        ),
        { seed: 20261207, numRuns: 100 },
      );
    }
  });

  test("Antarctica: the pole is land, the ocean off its coast is not, and nothing is drawn in the cone's cut", async () => {
    const region = await regionOf('ATA');
    const projection = fitProjection(region, [], SIZE, 'auto');
    const land = landTest(projectedOutline(projection).rings);
    const [px, py] = projection([0, -90]);
    assert.equal(land({ x: px, y: py }), true, 'the south pole');
    for (const lon of [-150, -90, -30, 30, 90, 150]) {
      const [x, y] = projection([lon, -55]);
      assert.equal(land({ x, y }), false, `the Southern Ocean at ${lon}°`);
      const [ix, iy] = projection([lon, -85]);
      assert.equal(land({ x: ix, y: iy }), true, `the ice at 85°S, ${lon}°`);
    }
  });

  test('the Caspian Sea, a hole in Eurasia, is water on the maps around it', async () => {
    // Each with a point inland, which the land around the country (itself included) covers.
    const inland = { AZE: [47.5, 40], KAZ: [60, 48], TKM: [59, 39.5], IRN: [53, 33] };
    for (const [code, point] of Object.entries(inland)) {
      const region = await regionOf(code);
      const projection = fitProjection(region, [], SIZE, 'auto');
      const land = landTest(ringsOf(projectedOutline(projection).neighbours));
      const [x, y] = projection([50.5, 42]);
      assert.equal(land({ x, y }), false, `${code}: the middle of the Caspian drawn as land`);
      const [ix, iy] = projection(point);
      assert.equal(land({ x: ix, y: iy }), true, `${code}: ${point} drawn as sea`);
    }
  });

  test('no coast is drawn along the edge of the map: the clip runs outside it', async () => {
    const along = [];
    for (const code of COUNTRIES) {
      const region = await regionOf(code);
      const outline = projectedOutline(fitProjection(region, [], SIZE, 'auto'));
      for (const ring of ringsOf(outline.d + outline.neighbours + outline.water)) {
        ring.forEach(([x, y], i) => {
          const [px, py] = ring[(i + ring.length - 1) % ring.length];
          const onEdge = (a, b, edge) => a === edge && b === edge;
          if (
            onEdge(x, px, 0) ||
            onEdge(x, px, SIZE.width) ||
            onEdge(y, py, 0) ||
            onEdge(y, py, SIZE.height)
          ) {
            along.push(`${code} ${px},${py} ${x},${y}`);
          }
        });
      }
    }
    assert.deepEqual(along.slice(0, 5), []);
  });

  test('a ring around a pole keeps every point', () => {
    // Every 30 degrees at 75°S, with the point on the middle meridian pulled north to 60°S.
    const ring = Array.from({ length: 13 }, (_, i) => [-180 + 30 * i, i === 6 ? -60 : -75]);
    const region = {
      name: 'Test',
      alpha2: 'XX',
      alpha3: 'XXX',
      resolution: '50m',
      main: [0],
      bounds: [
        [-180, -90],
        [180, -60],
      ],
      // As d3-geo winds it: the pole as the outer ring, the coast as its hole.
      coordinates: [
        [
          [
            [-180, -89],
            [0, -89],
            [180, -89],
          ],
          ring.map(([x, y], i) => (i === 12 ? [-180, -75] : [x, y])),
        ],
      ],
    };
    for (const start of [0, 3, 6, 9]) {
      const turned = [...ring.slice(start, 12), ...ring.slice(0, start + 1)];
      const data = { ...region, coordinates: [[region.coordinates[0][0], turned]] };
      const projection = fitProjection(data, [], SIZE, 'auto');
      const [x, y] = projection([0, -60]);
      const rings = projectedOutline(projection).rings;
      const near = rings.flat().some(([px, py]) => Math.hypot(px - x, py - y) < 0.5);
      assert.ok(near, `the point at 60°S, starting the ring at point ${start}`);
    }
  });
});
