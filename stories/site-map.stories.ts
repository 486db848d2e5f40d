// Stories of <lede-site-map>: the Sakai article's sites in three languages, dense sites, other
// countries, themes and widths, and broken inputs.
import { html } from 'lit';
import '../src/site-map/define.js';

export default {
  title: 'Site map',
  component: 'lede-site-map',
};

const sakai = (
  note: string,
  labels: [string, string, string] = ['Tokyo', 'Hokkaido (Tomakomai)', 'Sakai'],
) =>
  JSON.stringify([
    { name: labels[0], lat: 35.68, lon: 139.69, status: 'operating', approximate: true },
    { name: labels[1], lat: 42.63, lon: 141.6, status: 'construction' },
    { name: labels[2], lat: 34.58, lon: 135.45, status: 'planned', note },
  ]);

export const SakaiEnglish = {
  name: 'Sakai sites (en)',
  render: () =>
    html`<lede-site-map
      lang="en"
      region="JP"
      heading="SoftBank's data centres in Japan"
      highlight="Sakai"
      source="SoftBank"
      sites=${sakai('150 MW in 2026')}
    ></lede-site-map>`,
};

export const SakaiFrench = {
  name: 'Sakai sites (fr)',
  render: () =>
    html`<lede-site-map
      lang="fr"
      region="JPN"
      heading="Les centres de données de SoftBank au Japon"
      highlight="Sakai"
      source="SoftBank"
      sites=${sakai('150 MW en 2026')}
    ></lede-site-map>`,
};

export const SakaiJapanese = {
  name: 'Sakai sites (ja)',
  render: () =>
    html`<lede-site-map
      lang="ja"
      region="JP"
      heading="ソフトバンクの国内データセンター"
      highlight="堺"
      source="ソフトバンク"
      sites=${sakai('2026年に150MW', ['東京', '北海道（苫小牧）', '堺'])}
    ></lede-site-map>`,
};

const TOKYO_BAY = [
  ['Shinagawa', 35.61, 139.73],
  ['Odaiba', 35.62, 139.78],
  ['Kawasaki', 35.53, 139.7],
  ['Yokohama', 35.44, 139.64],
  ['Yokosuka', 35.28, 139.67],
  ['Chiba', 35.61, 140.12],
  ['Funabashi', 35.69, 139.98],
  ['Urayasu', 35.65, 139.9],
  ['Ichikawa', 35.72, 139.93],
  ['Narashino', 35.68, 140.03],
  ['Kisarazu', 35.38, 139.92],
  ['Kimitsu', 35.33, 139.9],
  ['Futtsu', 35.3, 139.82],
  ['Ichihara', 35.5, 140.12],
  ['Sodegaura', 35.43, 139.95],
  ['Koto', 35.67, 139.82],
  ['Minato', 35.66, 139.75],
  ['Ota', 35.56, 139.72],
  ['Tsurumi', 35.51, 139.68],
  ['Kanazawa', 35.33, 139.62],
] as const;
const statuses = ['operating', 'construction', 'planned'];

export const DenseTokyoBay = {
  name: '20 sites around Tokyo Bay',
  render: () =>
    html`<lede-site-map
      lang="en"
      region="JP"
      heading="Twenty illustrative sites around Tokyo Bay"
      sites=${JSON.stringify(
        TOKYO_BAY.map(([name, lat, lon], i) => ({ name, lat, lon, status: statuses[i % 3] })),
      )}
    ></lede-site-map>`,
};

export const France = {
  name: 'France (fr)',
  render: () =>
    html`<lede-site-map
      lang="fr"
      region="FR"
      heading="Des sites illustratifs en France"
      sites=${JSON.stringify([
        { name: 'Paris', lat: 48.86, lon: 2.35, status: 'operating' },
        { name: 'Marseille', lat: 43.3, lon: 5.37, status: 'operating' },
        { name: 'Lyon', lat: 45.76, lon: 4.84, status: 'construction' },
        { name: 'Bordeaux', lat: 44.84, lon: -0.58, status: 'planned' },
      ])}
    ></lede-site-map>`,
};

export const UnitedStates = {
  name: 'United States',
  render: () =>
    html`<lede-site-map
      lang="en"
      region="USA"
      heading="Illustrative sites in the United States"
      sites=${JSON.stringify([
        { name: 'Ashburn, Va.', lat: 39.04, lon: -77.49, status: 'operating' },
        { name: 'Abilene, Tex.', lat: 32.45, lon: -99.73, status: 'construction' },
        { name: 'Des Moines, Iowa', lat: 41.59, lon: -93.62, status: 'operating' },
        { name: 'Phoenix, Ariz.', lat: 33.45, lon: -112.07, status: 'planned' },
      ])}
    ></lede-site-map>`,
};

export const Dark = {
  name: 'Dark theme',
  render: () =>
    html`<lede-site-map
      lang="en"
      theme="dark"
      region="JP"
      heading="SoftBank's data centres in Japan"
      highlight="Sakai"
      source="SoftBank"
      sites=${sakai('150 MW in 2026')}
    ></lede-site-map>`,
};

export const Narrow = {
  name: '280 px wide',
  render: () =>
    html`<div style="width: 280px">
      <lede-site-map
        lang="fr"
        region="JP"
        heading="Les centres de données de SoftBank au Japon"
        highlight="Sakai"
        source="SoftBank"
        sites=${sakai('150 MW en 2026')}
      ></lede-site-map>
    </div>`,
};

export const BadSites = {
  name: 'Broken: bad sites left out, the rest drawn',
  render: () =>
    html`<lede-site-map
      lang="en"
      region="JP"
      heading="Some sites are unusable"
      sites=${JSON.stringify([
        { name: 'Sakai', lat: 34.58, lon: 135.45, status: 'planned' },
        { name: 'No coordinates' },
        { name: 'Bad latitude', lat: 135, lon: 35 },
        { name: 'Seoul', lat: 37.57, lon: 126.98, status: 'operating' },
        { name: 'Sakai', lat: 34.6, lon: 135.5 },
        { name: 'Sendai', lat: 38.27, lon: 140.87, status: 'rumoured' },
      ])}
    ></lede-site-map>`,
};

export const UnknownRegion = {
  name: 'Broken: unknown region',
  render: () =>
    html`<lede-site-map
      lang="en"
      region="Atlantis"
      heading="Unknown region"
      sites=${sakai('150 MW in 2026')}
    ></lede-site-map>`,
};

export const BrokenJson = {
  name: 'Broken: invalid JSON',
  render: () =>
    html`<lede-site-map
      lang="fr"
      region="JP"
      heading="JSON invalide"
      sites="[{name: 'Sakai'}]"
    ></lede-site-map>`,
};

export const FromDataFile = {
  name: 'Sakai sites from the article data file (src)',
  render: () => html`<lede-site-map lang="en" src="/schema/sakai.json#sites"></lede-site-map>`,
};

export const __namedExportsOrder = [
  'SakaiEnglish',
  'SakaiFrench',
  'SakaiJapanese',
  'FromDataFile',
  'DenseTokyoBay',
  'France',
  'UnitedStates',
  'Dark',
  'Narrow',
  'BadSites',
  'UnknownRegion',
  'BrokenJson',
];
