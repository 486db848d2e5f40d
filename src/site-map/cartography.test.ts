// What a cartographer checks on a map: moved markers stay on land and near their point, labels keep
// clear of every label and every marker's drawing, and countries across the antimeridian are framed
// on their land, not on a strip around the world. Property tests over random site sets on real
// countries, as fast-check draws them.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseSiteMap, sitesInRegion } from './model.js';
import { siteMapLayout, type MapLayout } from './layout.js';
import { MAX_SHIFT } from './dodge.js';
import { LABEL_FONT, placeSiteLabels } from './labels.js';
import { textWidth } from '../core/layout/text.js';
import { loadRegion } from '../load-region.js';
import { labelBoxes } from './test-helpers/label-boxes.js';
import type { RegionGeometry } from '../geo/region.js';

/** Places on land where sites crowd: cities, ports, bays. */
const CLUSTERS: Record<string, [number, number][]> = {
  JPN: [
    [139.69, 35.68], // Tokyo
    [135.5, 34.69], // Osaka
    [141.35, 43.06], // Sapporo
    [130.4, 33.59], // Fukuoka
  ],
  USA: [
    [-87.63, 41.88], // Chicago
    [-74.0, 40.71], // New York
    [-122.42, 37.77], // San Francisco
    [-95.37, 29.76], // Houston
  ],
  FRA: [
    [2.35, 48.86], // Paris
    [5.37, 43.3], // Marseille
    [-1.55, 47.22], // Nantes
  ],
  NZL: [
    [174.76, -36.85], // Auckland
    [174.78, -41.29], // Wellington
  ],
};

const regions = new Map<string, RegionGeometry>();
before(async () => {
  for (const code of [...Object.keys(CLUSTERS), 'FJI', 'RUS']) {
    regions.set(code, await loadRegion(code));
  }
});

/** Random site sets: a few to tens of sites, jittered around one or two of a country's clusters. */
const siteSets = fc
  .record({
    region: fc.constantFrom(...Object.keys(CLUSTERS)),
    width: fc.integer({ min: 280, max: 960 }),
    spread: fc.double({ min: 0.02, max: 1.5, noNaN: true }),
    offsets: fc.array(
      fc.tuple(
        fc.nat(3),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
      ),
      { minLength: 2, maxLength: 40 },
    ),
    highlight: fc.nat(40),
  })
  .map(({ region, width, spread, offsets, highlight }) => {
    const clusters = CLUSTERS[region]!;
    const raw = offsets.map(([c, dx, dy], i) => {
      const [lon, lat] = clusters[c % clusters.length]!;
      return {
        name: `Site ${i + 1}${'x'.repeat(i % 7)}`,
        lat: lat + dy * spread,
        lon: lon + dx * spread,
        status: ['operating', 'construction', 'planned', ''][i % 4],
      };
    });
    return { region, width, sites: raw, highlight: `Site ${(highlight % raw.length) + 1}` };
  });

function layoutOf(set: { region: string; width: number; sites: unknown; highlight: string }) {
  const { region, width, sites, highlight } = set;
  const geometry = regions.get(region)!;
  const { model } = parseSiteMap({ region, sites, highlight });
  const inside = sitesInRegion(model!, geometry).sites;
  const height = Math.round(Math.min((width * 3) / 4, 640));
  return siteMapLayout(geometry, inside, { width, height }, { highlight });
}

/** Drawn land, as the browser fills it: `isPointInPath` on the layout's path, or within `slack` of its coast. */
function landOf(layout: MapLayout, slack: number) {
  const context = new OffscreenCanvas(1, 1).getContext('2d')!;
  const path = new Path2D(layout.land);
  context.lineWidth = slack * 2;
  return (x: number, y: number) =>
    context.isPointInPath(path, x, y, 'evenodd') || context.isPointInStroke(path, x, y);
}

describe('numbered markers moved apart', () => {
  it('stay on land (or on their true point) and within MAX_SHIFT radii of it', () => {
    let moved = 0;
    fc.assert(
      fc.property(siteSets, (set) => {
        const layout = layoutOf(set);
        if (!layout.numbered) return;
        const onLand = landOf(layout, 1);
        for (const m of layout.markers) {
          if (!m.origin) continue;
          moved++;
          expect(onLand(m.x, m.y), `${m.site.name} at ${m.x},${m.y}`).to.equal(true);
          const shift = Math.hypot(m.x - m.origin.x, m.y - m.origin.y);
          expect(shift).to.be.at.most(MAX_SHIFT * layout.radius + 1);
        }
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: crowds were drawn and markers moved.
    expect(moved).to.be.greaterThan(100);
  });

  it('keep Tokyo Bay markers off the sea at 320 px', () => {
    const sites = Array.from({ length: 20 }, (_, i) => ({
      name: `Site ${i + 1}`,
      lat: 35.3 + (i % 5) * 0.09,
      lon: 139.65 + Math.floor(i / 5) * 0.11,
      status: 'operating',
    }));
    const layout = layoutOf({ region: 'JPN', width: 320, sites, highlight: '' });
    expect(layout.numbered).to.equal(true);
    const onLand = landOf(layout, 1);
    for (const m of layout.markers) {
      if (m.origin) expect(onLand(m.x, m.y), m.site.name).to.equal(true);
    }
  });
});

describe('site labels', () => {
  it('keep clear of every label, every marker (halo and ring included) and the edges', () => {
    let labelled = 0;
    fc.assert(
      fc.property(siteSets, (set) => {
        const layout = layoutOf(set);
        if (layout.dense) return;
        const boxes = labelBoxes(layout);
        labelled += boxes.length;
        for (const [i, a] of boxes.entries()) {
          expect(a.left).to.be.at.least(0);
          expect(a.right).to.be.at.most(layout.width);
          expect(a.top).to.be.at.least(0);
          expect(a.bottom).to.be.at.most(layout.height);
          for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).to.equal(false);
          for (const m of layout.markers) {
            // As site-map.ts draws them: the halo (radius + 5, 1.5 px stroke), a diamond's corners.
            const shape = m.shape === 'diamond' ? layout.radius * 1.35 : layout.radius;
            const reach = (m.highlight ? layout.radius + 5 : shape) + 0.75;
            expect(distanceToBox(m, a)).to.be.at.least(reach + 1);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(labelled).to.be.greaterThan(300);
  });

  it('placeSiteLabels() never lets two labels or a label and a marker overlap (thousands of sets)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 280, max: 960 }),
        fc.array(
          fc.record({
            x: fc.double({ min: 0, max: 1, noNaN: true }),
            y: fc.double({ min: 0, max: 1, noNaN: true }),
            letters: fc.integer({ min: 1, max: 30 }),
            reach: fc.double({ min: 4, max: 16, noNaN: true }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (width, sites) => {
          const height = Math.round(Math.min((width * 3) / 4, 640));
          const points = sites.map((s) => ({ x: s.x * width, y: s.y * height }));
          const texts = sites.map((s, i) => `${i}${'m'.repeat(s.letters)}`);
          const reach = sites.map((s) => s.reach);
          const order = sites.map((_, i) => i);
          const labels = placeSiteLabels(points, texts, { width, height }, order, reach);
          if (!labels) return;
          const boxes = labels.map((l, i) => {
            const w = textWidth(texts[i]!, LABEL_FONT, false);
            const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
            return { left, right: left + w, top: l.y - 12.48, bottom: l.y - 12.48 + 16 };
          });
          for (const [i, a] of boxes.entries()) {
            for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).to.equal(false);
            for (const [j, p] of points.entries()) {
              expect(distanceToBox(p, a)).to.be.at.least(reach[j]! - 0.01);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('maps across the antimeridian', () => {
  /** The share of the map's width between the westmost and eastmost of `places`. */
  const spread = (layout: MapLayout) => {
    const xs = layout.markers.map((m) => m.x);
    return (Math.max(...xs) - Math.min(...xs)) / layout.width;
  };
  const at = (code: string, sites: [string, number, number][], width = 640) => {
    const input = sites.map(([name, lat, lon]) => ({ name, lat, lon, status: 'operating' }));
    const { model } = parseSiteMap({ region: code, sites: input });
    const inside = sitesInRegion(model!, regions.get(code)!);
    expect(inside.sites.map((s) => s.name)).to.deep.equal(sites.map(([name]) => name));
    return siteMapLayout(regions.get(code)!, inside.sites, { width, height: (width * 3) / 4 });
  };
  const inFrame = (layout: MapLayout) => {
    for (const m of layout.markers) {
      expect(m.x, m.site.name).to.be.within(0, layout.width);
      expect(m.y, m.site.name).to.be.within(0, layout.height);
    }
  };

  it('frames Fiji on its islands, with sites on both sides of 180° inside', () => {
    const layout = at('FJI', [
      ['Suva', -18.14, 178.44],
      ['Taveuni', -16.85, -179.97],
      ['Lakeba', -18.2, -178.8],
    ]);
    inFrame(layout);
    // A strip around the world would put Suva and Lakeba (160 km apart) a few pixels apart.
    expect(spread(layout)).to.be.greaterThan(0.2);
  });

  it('frames New Zealand on its main islands, and takes in the Chatham Islands when a site is there', () => {
    const main = at('NZL', [
      ['Auckland', -36.85, 174.76],
      ['Christchurch', -43.53, 172.64],
    ]);
    inFrame(main);
    // Auckland to Christchurch spans a good part of the height: the frame is the islands.
    expect(Math.abs(main.markers[0]!.y - main.markers[1]!.y)).to.be.greaterThan(main.height / 4);
    const chatham = at('NZL', [
      ['Auckland', -36.85, 174.76],
      ['Waitangi', -43.95, -176.56],
    ]);
    inFrame(chatham);
    // 800 km east of Christchurch: a fifth of the width or more, not a pixel of a world-wide strip.
    expect(spread(chatham)).to.be.greaterThan(0.15);
  });

  it('frames Russia from Kaliningrad to Chukotka, across 180°', () => {
    const layout = at('RUS', [
      ['Kaliningrad', 54.71, 20.51],
      ['Moscow', 55.75, 37.62],
      ['Anadyr', 64.73, 177.51],
      ['Uelen', 66.16, -169.81],
    ]);
    inFrame(layout);
    const [kaliningrad, , anadyr, uelen] = layout.markers;
    // West to east in order: Uelen, past 180°, lies east of Anadyr, not back beside Moscow.
    expect(uelen!.x).to.be.greaterThan(anadyr!.x);
    expect(anadyr!.x - kaliningrad!.x).to.be.greaterThan(layout.width * 0.6);
  });

  it('frames the United States with Alaska and the Aleutians when sites are there', () => {
    const lower48 = at('USA', [
      ['Houston', 29.76, -95.37],
      ['Seattle', 47.61, -122.33],
    ]);
    inFrame(lower48);
    expect(spread(lower48)).to.be.greaterThan(0.3);
    const aleutians = at('USA', [
      ['Houston', 29.76, -95.37],
      ['Anchorage', 61.22, -149.9],
      ['Adak', 51.88, -176.66],
      ['Attu', 52.93, 173.18],
    ]);
    inFrame(aleutians);
    const [houston, anchorage, adak, attu] = aleutians.markers;
    // Attu, west of 180°, is drawn west of Adak, at the end of the chain, not east of Houston.
    expect(attu!.x).to.be.lessThan(adak!.x);
    expect(adak!.x).to.be.lessThan(anchorage!.x);
    expect(houston!.x - attu!.x).to.be.greaterThan(aleutians.width * 0.5);
  });
});

function overlap(
  a: { left: number; right: number; top: number; bottom: number },
  b: { left: number; right: number; top: number; bottom: number },
) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Distance from a point to a box (0 inside it). */
function distanceToBox(
  p: { x: number; y: number },
  box: { left: number; right: number; top: number; bottom: number },
) {
  const dx = Math.max(box.left - p.x, 0, p.x - box.right);
  const dy = Math.max(box.top - p.y, 0, p.y - box.bottom);
  return Math.hypot(dx, dy);
}
