// Derives scripts/data/lakes-50m.json, the inland water that build-geo.mjs cuts into each country's
// module, from Natural Earth's 1:50m lakes (ne_50m_lakes, public domain), given as GeoJSON or
// TopoJSON: `node scripts/derive-lakes.mjs path/to/ne_50m_lakes.json`. No package on the npm registry
// ships Natural Earth's lakes (world-atlas has none), so the derived file is committed and this
// script is run by hand only when Natural Earth publishes new lakes.
//
// Kept per lake: its name, its area in km² and its rings, simplified to within 0.01° (about 1 km,
// a third of a pixel on a 960 px map of Japan) and rounded to 0.01°. Reservoirs and lakes are both kept:
// a reader sees water either way. Lakes under 50 km² are dropped: no map of a country shows them.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { roundRing, simplifyRing } from './geo-shapes.mjs';

const [source] = process.argv.slice(2);
if (!source) throw new Error('usage: node scripts/derive-lakes.mjs ne_50m_lakes.json');
const input = JSON.parse(readFileSync(source, 'utf8'));
const features =
  input.type === 'Topology'
    ? Object.values(input.objects).flatMap((object) => feature(input, object).features)
    : input.features;

const KM2 = 6371 * 6371;
const ring = (points) => roundRing(simplifyRing(points, 0.01), 2);

const seen = new Set();
const lakes = [];
for (const f of features) {
  if (!f.geometry) continue;
  const area = Math.round(geoArea(f) * KM2);
  const name = f.properties?.name ?? '';
  // Natural Earth lists a few lakes twice (Lake Volta, at two scale ranks).
  const key = `${name} ${area}`;
  if (area < 50 || seen.has(key)) continue;
  seen.add(key);
  const polygons =
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const coordinates = polygons
    .map((polygon) => polygon.map(ring).filter((r) => r.length > 0))
    .filter((polygon) => polygon.length > 0);
  if (coordinates.length) lakes.push({ name, area, coordinates });
}
lakes.sort((a, b) => b.area - a.area);
const out = new URL('data/lakes-50m.json', import.meta.url);
writeFileSync(
  out,
  JSON.stringify({ source: 'Natural Earth 1:50m lakes (public domain)', lakes }) + '\n',
);
console.log(`lakes: ${lakes.length} written to ${out.pathname}`);
