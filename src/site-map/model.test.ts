import { expect } from '@open-wc/testing';
import { parseSiteMap, sitesInRegion } from './model.js';
import { parseRegion } from '../geo/resolve.js';
import { loadRegion } from '../load-region.js';

const SAKAI = [
  { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating', approximate: true },
  { name: 'Hokkaido (Tomakomai)', lat: 42.63, lon: 141.6, status: 'construction' },
  { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned', note: '150 MW in 2026' },
];

describe('parseRegion()', () => {
  it('takes alpha-2 and alpha-3 codes in any case', () => {
    expect(parseRegion('JP').value).to.equal('JPN');
    expect(parseRegion(' jpn ').value).to.equal('JPN');
    expect(parseRegion('fr').value).to.equal('FRA');
    expect(parseRegion('US').value).to.equal('USA');
  });

  it('says what a valid code looks like', () => {
    for (const raw of ['Atlantis', 'ZZ', 'QQQ', 'J(', 42, undefined]) {
      const { value, issues } = parseRegion(raw);
      expect(value).to.equal(undefined);
      expect(issues[0]!.message).to.contain('ISO 3166-1 country code such as JP or JPN');
      expect(issues[0]!.severity).to.equal('error');
    }
  });
});

describe('parseSiteMap()', () => {
  it('builds the Sakai model', () => {
    const { model, issues } = parseSiteMap({ region: 'JP', sites: SAKAI, highlight: 'Sakai' });
    expect(issues).to.deep.equal([]);
    expect(model!.region).to.equal('JPN');
    expect(model!.highlight).to.equal('Sakai');
    expect(model!.projection).to.equal('auto');
    expect(model!.sites.map((s) => [s.name, s.status, s.known, s.approximate])).to.deep.equal([
      ['Tokyo', 'operating', true, true],
      ['Hokkaido (Tomakomai)', 'construction', true, false],
      ['Sakai', 'planned', true, false],
    ]);
    expect(model!.sites[2]!.note).to.equal('150 MW in 2026');
  });

  it('reports and leaves out bad sites, naming the site and the field', () => {
    const { model, issues } = parseSiteMap({
      region: 'JP',
      sites: [
        SAKAI[2],
        { name: 'No coordinates' },
        { lat: 35, lon: 139 },
        { name: 'Bad latitude', lat: 135, lon: 35 },
        { name: 'Bad longitude', lat: 35, lon: 200 },
        { name: 'Sakai', lat: 34.6, lon: 135.5 },
        7,
      ],
    });
    expect(model!.sites.map((s) => s.name)).to.deep.equal(['Sakai']);
    expect(issues.map((i) => i.attribute)).to.deep.equal([
      'sites[1].lat',
      'sites[2].name',
      'sites[3].lat',
      'sites[4].lon',
      'sites[5].name',
      'sites[6]',
    ]);
    expect(issues.every((i) => i.severity === 'warning' && i.dropped)).to.equal(true);
    expect(issues[4]!.message).to.contain('duplicate');
  });

  it('fails when no site is left to draw, naming each bad one', () => {
    const { model, issues } = parseSiteMap({
      region: 'JP',
      sites: [{ name: 'No coordinates' }, { name: 'Off', lat: 135, lon: 35 }],
    });
    expect(model).to.equal(undefined);
    expect(issues.map((i) => [i.attribute, i.severity])).to.deep.equal([
      ['sites[0].lat', 'error'],
      ['sites[1].lat', 'error'],
    ]);
  });

  it('reads approximate from true/false and their words, and leaves out a site with any other', () => {
    const site = (approximate: unknown) => ({
      name: 'Tokyo',
      lat: 35.68,
      lon: 139.69,
      approximate,
    });
    for (const [raw, value] of [
      [true, true],
      ['true', true],
      ['False', false],
      [undefined, false],
    ] as const) {
      const { model, issues } = parseSiteMap({ region: 'JP', sites: [site(raw), SAKAI[2]] });
      expect(issues, String(raw)).to.deep.equal([]);
      expect(model!.sites[0]!.approximate, String(raw)).to.equal(value);
    }
    const { model, issues } = parseSiteMap({ region: 'JP', sites: [site('yes'), SAKAI[2]] });
    expect(model!.sites.map((s) => s.name)).to.deep.equal(['Sakai']);
    expect(issues[0]).to.include({
      attribute: 'sites[0].approximate',
      severity: 'warning',
      dropped: true,
    });
  });

  it('reads the plain ways of writing a known status', () => {
    const statuses = ['Operating', 'under construction', 'En construction', '計画', ' PLANNED '];
    const { model, issues } = parseSiteMap({
      region: 'JP',
      sites: statuses.map((status, i) => ({ name: `S${i}`, lat: 35, lon: 139, status })),
    });
    expect(issues).to.deep.equal([]);
    expect(model!.sites.map((s) => [s.status, s.known])).to.deep.equal([
      ['operating', true],
      ['construction', true],
      ['construction', true],
      ['planned', true],
      ['planned', true],
    ]);
  });

  it('keeps a site with an unknown status, in a neutral style, and says so', () => {
    const { model, issues } = parseSiteMap({
      region: 'JP',
      sites: [{ name: 'Sendai', lat: 38.27, lon: 140.87, status: 'rumoured' }],
    });
    expect(model!.sites[0]).to.include({ status: 'rumoured', known: false });
    expect(issues[0]).to.include({ attribute: 'sites[0].status', severity: 'warning' });
  });

  it('fails on bad JSON or an unknown region', () => {
    expect(parseSiteMap({ region: 'JP', sites: "[{name: 'x'}]" }).model).to.equal(undefined);
    const unknown = parseSiteMap({ region: 'ZZ', sites: SAKAI });
    expect(unknown.model).to.equal(undefined);
    expect(unknown.issues[0]!.attribute).to.equal('region');
  });

  it('warns when the highlight names no site', () => {
    const { issues } = parseSiteMap({ region: 'JP', sites: SAKAI, highlight: 'Osaka' });
    expect(issues[0]).to.include({ attribute: 'highlight', severity: 'warning' });
  });
});

describe('sitesInRegion()', () => {
  it('keeps coastal sites and leaves out a site in another country', async () => {
    const japan = await loadRegion('JPN');
    const { model } = parseSiteMap({
      region: 'JP',
      sites: [...SAKAI, { name: 'Seoul', lat: 37.57, lon: 126.98 }],
    });
    const { sites, issues } = sitesInRegion(model!, japan);
    expect(sites.map((s) => s.name)).to.deep.equal(['Tokyo', 'Hokkaido (Tomakomai)', 'Sakai']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ attribute: 'sites[3]', severity: 'warning', dropped: true });
    expect(issues[0]!.message).to.contain('"Seoul"');
  });

  it('fails when every site is outside the country', async () => {
    const japan = await loadRegion('JPN');
    const { model } = parseSiteMap({
      region: 'JP',
      sites: [{ name: 'Seoul', lat: 37.57, lon: 126.98 }],
    });
    const { sites, issues } = sitesInRegion(model!, japan);
    expect(sites).to.deep.equal([]);
    expect(issues[0]).to.include({ attribute: 'sites[0]', severity: 'error' });
  });
});

describe('sitesInRegion() at borders, coasts and the 180° meridian', () => {
  async function kept(region: string, sites: [string, number, number][]) {
    const { model } = parseSiteMap({
      region,
      sites: sites.map(([name, lat, lon]) => ({ name, lat, lon })),
    });
    const geometry = await loadRegion(model!.region);
    return sitesInRegion(model!, geometry).sites.map((s) => s.name);
  }

  it('keeps Suva on a map of Fiji and leaves out La Paz', async () => {
    expect(
      await kept('FJ', [
        ['Suva', -18.14, 178.44],
        ['La Paz', -16.5, -68.15],
        ['Labasa', -16.43, 179.38],
      ]),
    ).to.deep.equal(['Suva', 'Labasa']);
  });

  it('keeps Chukotka on a map of Russia and leaves out Alaska', async () => {
    expect(
      await kept('RU', [
        ['Anadyr', 64.73, 177.51],
        ['Utqiagvik', 71.29, -156.79],
        ['Kotzebue', 66.9, -162.6],
        ['Moscow', 55.76, 37.62],
      ]),
    ).to.deep.equal(['Anadyr', 'Moscow']);
  });

  it('keeps Key West and Honolulu on a map of the United States and leaves out Vancouver', async () => {
    expect(
      await kept('US', [
        ['Key West', 24.56, -81.78],
        ['Honolulu', 21.31, -157.86],
        ['Vancouver', 49.28, -123.12],
        ['Toronto', 43.65, -79.38],
      ]),
    ).to.deep.equal(['Key West', 'Honolulu']);
  });
});
