import { expect } from '@open-wc/testing';
import { parseSiteMap } from './model.js';
import JAPAN from '../countries/JPN.js';
import { describeMap, legendEntries, regionName } from './describe.js';

const NBSP = '\u00a0';

const sites = parseSiteMap({
  region: 'JP',
  sites: [
    { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating', approximate: true },
    { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned', note: '150 MW in 2026' },
  ],
}).model!.sites;

describe('describeMap()', () => {
  it('states the sites in English, French and Japanese', () => {
    expect(describeMap(sites, regionName(JAPAN, 'en'), 'en')).to.equal(
      'Map of Japan with 2 sites: Tokyo (operating, approximate location), Sakai (planned, 150 MW in 2026)',
    );
    expect(describeMap(sites, regionName(JAPAN, 'fr'), 'fr')).to.equal(
      `Carte${NBSP}: Japon, 2 sites${NBSP}: Tokyo (en service, emplacement approximatif), Sakai (en projet, 150 MW in 2026)`,
    );
    expect(describeMap(sites, regionName(JAPAN, 'ja'), 'ja')).to.equal(
      '日本の地図、2か所：Tokyo（稼働中、おおよその位置）、Sakai（計画中、150 MW in 2026）',
    );
  });

  it('counts a single site in the singular', () => {
    expect(describeMap(sites.slice(0, 1), 'Japan', 'en')).to.match(/^Map of Japan with 1 site: /);
  });
});

describe('legendEntries()', () => {
  it('lists the statuses present, known ones first', () => {
    const mixed = parseSiteMap({
      region: 'JP',
      sites: [
        { name: 'A', lat: 35, lon: 139, status: 'rumoured' },
        { name: 'B', lat: 35, lon: 139.1, status: 'planned' },
        { name: 'C', lat: 35, lon: 139.2, status: 'operating' },
      ],
    }).model!.sites;
    expect(legendEntries(mixed, 'fr').map((e) => e.text)).to.deep.equal([
      'en service',
      'en projet',
      'rumoured',
    ]);
  });
});
