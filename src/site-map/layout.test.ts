import { expect } from '@open-wc/testing';
import { parseSiteMap } from './model.js';
import { framingStats, siteMapLayout } from './layout.js';
import { fitProjection } from './projection.js';
import { projectedOutline } from './path.js';
import { parseSites } from './sites.js';
import { placeSiteLabels } from './labels.js';
import { dodgeMarkers } from './dodge.js';
import { loadRegion } from '../load-region.js';
import { labelBoxes } from './test-helpers/label-boxes.js';

const SAKAI = [
  { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating' },
  { name: 'Hokkaido (Tomakomai)', lat: 42.63, lon: 141.6, status: 'construction' },
  { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' },
];

const TOKYO_BAY = Array.from({ length: 20 }, (_, i) => ({
  name: `Site ${i + 1}`,
  lat: 35.3 + (i % 5) * 0.09,
  lon: 139.65 + Math.floor(i / 5) * 0.11,
  status: 'operating',
}));

const overlap = (a: { left: number; right: number; top: number; bottom: number }, b: typeof a) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function layoutOf(region: string, sites: unknown, width: number, height: number) {
  const { model } = parseSiteMap({ region, sites, highlight: 'Sakai' });
  const geometry = await loadRegion(model!.region);
  return siteMapLayout(geometry, model!.sites, { width, height }, { highlight: 'Sakai' });
}

describe('fitProjection()', () => {
  it('frames Japan and every site inside the box, at 320 and 1200 px', async () => {
    const japan = await loadRegion('JPN');
    for (const [width, height] of [
      [320, 240],
      [1200, 640],
    ] as const) {
      const projection = fitProjection(japan, SAKAI, { width, height, margin: 12 });
      for (const site of SAKAI) {
        const [x, y] = projection([site.lon, site.lat]);
        expect(x).to.be.within(12, width - 12);
        expect(y).to.be.within(12, height - 12);
      }
    }
  });

  it('leaves far-off territories out of the frame unless a site is there', async () => {
    const usa = await loadRegion('USA');
    const anchorage = [-149.9, 61.2] as [number, number];
    const lower48 = fitProjection(usa, [], { width: 960, height: 600, margin: 12 });
    const [x] = lower48(anchorage);
    expect(x < 0 || x > 960 || lower48(anchorage)[1] < 0).to.equal(true);
    const withAlaska = fitProjection(usa, [{ lon: anchorage[0], lat: anchorage[1] }], {
      width: 960,
      height: 600,
      margin: 12,
    });
    const [ax, ay] = withAlaska(anchorage);
    expect(ax).to.be.within(0, 960);
    expect(ay).to.be.within(0, 600);
  });
});

/** Parsed sites, as siteMapLayout() takes them. */
const sitesOf = (raw: unknown) => parseSites(raw).value ?? [];

/** The numbers of an SVG path, for comparing two paths within a tolerance. */
const numbersOf = (d: string) => d.match(/-?[\d.]+/g)!.map(Number);

describe('siteMapLayout()', () => {
  it('shares one projected outline between maps of a region whose sites fit its frame', async () => {
    const japan = await loadRegion('JPN');
    // A size no other test uses, so that the cache starts empty for it.
    const size = { width: 401, height: 299 };
    const fitted = framingStats.fitted;
    const a = siteMapLayout(japan, sitesOf(SAKAI.slice(0, 2)), size);
    const b = siteMapLayout(japan, sitesOf(SAKAI.slice(1)), size);
    expect(framingStats.fitted - fitted, 'framings fitted for both maps').to.equal(1);
    expect(b.land === a.land, 'the same outline').to.equal(true);
    // And it is the outline a map fitted to those very sites would have.
    const own = fitProjection(japan, SAKAI.slice(1), { ...size, margin: 12 });
    const land = numbersOf(b.land);
    const direct = numbersOf(projectedOutline(own).d);
    expect(land.length).to.equal(direct.length);
    expect(Math.max(...land.map((n, i) => Math.abs(n - direct[i]!)))).to.be.at.most(0.1);
    const [x, y] = own([SAKAI[2]!.lon, SAKAI[2]!.lat]);
    expect(b.markers[1]!.x).to.be.closeTo(x, 0.5);
    expect(b.markers[1]!.y).to.be.closeTo(y, 0.5);
  });

  it('fits its own frame when a site lies outside the shared one', async () => {
    const usa = await loadRegion('USA');
    const size = { width: 480, height: 300 };
    const lower48 = siteMapLayout(
      usa,
      sitesOf([{ name: 'Austin', lat: 30.27, lon: -97.74 }]),
      size,
    );
    const fitted = framingStats.fitted;
    const alaska = siteMapLayout(
      usa,
      sitesOf([
        { name: 'Austin', lat: 30.27, lon: -97.74 },
        { name: 'Anchorage', lat: 61.2, lon: -149.9 },
      ]),
      size,
    );
    expect(alaska.land === lower48.land, 'the same outline').to.equal(false);
    expect(framingStats.fitted - fitted, 'a framing of its own').to.equal(1);
    for (const m of alaska.markers) {
      expect(m.x).to.be.within(0, size.width);
      expect(m.y).to.be.within(0, size.height);
    }
  });

  it('labels the Sakai sites without overlaps at 320 px', async () => {
    const layout = await layoutOf('JP', SAKAI, 320, 240);
    expect(layout.numbered).to.equal(false);
    const boxes = labelBoxes(layout);
    expect(boxes).to.have.length(3);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        expect(overlap(a, b)).to.equal(false);
      }),
    );
    for (const box of boxes) {
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
    }
    // No label covers a marker.
    for (const m of layout.markers) {
      const marker = { left: m.x - 6, right: m.x + 6, top: m.y - 6, bottom: m.y + 6 };
      for (const box of boxes) expect(overlap(marker, box)).to.equal(false);
    }
  });

  it('numbers 20 sites around Tokyo Bay at 320 px, markers on land and overlapping at most a little', async () => {
    const layout = await layoutOf('JP', TOKYO_BAY, 320, 240);
    expect(layout.numbered).to.equal(true);
    expect(layout.markers.map((m) => m.number)).to.deep.equal(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    layout.markers.forEach((a, i) =>
      layout.markers.slice(i + 1).forEach((b) => {
        // The land around the bay cannot hold 20 markers apart at this width: kept on land (see
        // cartography.test.ts), neighbours overlap by under 40% of a marker.
        expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(1.25 * layout.radius);
      }),
    );
    for (const m of layout.markers) {
      expect(m.x).to.be.within(0, 320);
      expect(m.y).to.be.within(0, 240);
    }
    expect(layout.markers.some((m) => m.origin)).to.equal(true);
  });
});

describe('dodgeMarkers() with a crowd larger than the map', () => {
  it('keeps every marker inside the box', () => {
    const spots = dodgeMarkers(
      Array.from({ length: 200 }, () => ({ x: 140, y: 100 })),
      9,
      { width: 280, height: 210 },
    );
    for (const s of spots) {
      expect(s.x).to.be.within(9, 271);
      expect(s.y).to.be.within(9, 201);
    }
  });
});

describe('placeSiteLabels()', () => {
  it('puts a lone label to the right of its marker', () => {
    const [label] = placeSiteLabels(
      [{ x: 50, y: 50 }],
      ['Sakai'],
      { width: 200, height: 100 },
      [0],
      8,
    )!;
    expect(label).to.include({ anchor: 'start' });
    expect(label!.x).to.be.greaterThan(50);
    expect(label!.leader).to.equal(undefined);
  });

  it('moves a label left at the right edge', () => {
    const [label] = placeSiteLabels(
      [{ x: 190, y: 50 }],
      ['Sakai'],
      { width: 200, height: 100 },
      [0],
      8,
    )!;
    expect(label!.anchor).to.equal('end');
  });

  it('tests labels for overlap where they are drawn, at rounded positions', () => {
    // Found by the random property in a CI run: at the map's corner, the first label's box (on its
    // leader ring) and the second's (on its near ring) touched at 24.995 px before rounding; rounded
    // to hundredths, as drawn, they overlapped by a hundredth of a pixel. Tested where drawn, the
    // second label has no free place, so the map numbers its markers instead.
    const labels = placeSiteLabels(
      [
        { x: 0, y: 0 },
        { x: 0, y: 0 },
      ],
      ['0m', '1m'],
      { width: 280, height: 210 },
      [0, 1],
      [6.401408450704223, 8.669014084507038],
    );
    expect(labels).to.equal(undefined);
  });

  it('gives up when labels cannot all fit', () => {
    const points = Array.from({ length: 12 }, () => ({ x: 50, y: 50 }));
    const names = points.map((_, i) => `Site number ${i}`);
    expect(
      placeSiteLabels(
        points,
        names,
        { width: 100, height: 100 },
        names.map((_, i) => i),
        8,
      ),
    ).to.equal(undefined);
  });
});

describe('dodgeMarkers()', () => {
  it('leaves separate markers where they are and spreads a pile', () => {
    const apart = dodgeMarkers(
      [
        { x: 20, y: 20 },
        { x: 80, y: 80 },
      ],
      9,
      { width: 100, height: 100 },
    );
    expect(apart).to.deep.equal([
      { x: 20, y: 20 },
      { x: 80, y: 80 },
    ]);
    const pile = dodgeMarkers(
      Array.from({ length: 6 }, () => ({ x: 50, y: 50 })),
      9,
      { width: 100, height: 100 },
    );
    pile.forEach((a, i) =>
      pile.slice(i + 1).forEach((b) => expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.at.least(18)),
    );
  });
});
