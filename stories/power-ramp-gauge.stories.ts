// Stories of <lede-power-ramp-gauge> in Component Story Format: the Sakai article in three
// languages, other shapes of data, themes and widths, and broken inputs.
import { html } from 'lit';
import '../src/power-ramp-gauge/define.js';

export default {
  title: 'Power ramp gauge',
  component: 'lede-power-ramp-gauge',
};

const SAKAI_FR = JSON.stringify([
  { value: 150, label: '2026' },
  { value: 240, label: 'à terme', atLeast: true },
]);
const SAKAI_EN = JSON.stringify([
  { value: 150, label: '2026' },
  { value: 240, label: 'later', atLeast: true },
]);
const SAKAI_JA = JSON.stringify([
  { value: 150, label: '2026' },
  { value: 240, label: '将来', atLeast: true },
]);

export const SakaiFrench = {
  name: 'Sakai (fr)',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="fr"
      unit="MW"
      heading="Sakai : la puissance du futur centre de données"
      source="SoftBank, mars 2025"
      stages=${SAKAI_FR}
    ></lede-power-ramp-gauge>`,
};

export const SakaiEnglish = {
  name: 'Sakai (en)',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading="Sakai: power of the planned AI data centre"
      source="SoftBank, March 2025"
      stages=${SAKAI_EN}
    ></lede-power-ramp-gauge>`,
};

export const SakaiJapanese = {
  name: 'Sakai (ja)',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="ja"
      heading="堺：AIデータセンターの電力"
      source="ソフトバンク、2025年3月"
      stages=${SAKAI_JA}
    ></lede-power-ramp-gauge>`,
};

export const OneStage = {
  name: 'One stage',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading="Hokkaido data centre at opening"
      stages='[{"value":50,"label":"2026"}]'
    ></lede-power-ramp-gauge>`,
};

export const FiveStages = {
  name: 'Five stages, third reached',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading="A campus built in phases"
      source="Company filings"
      current="2"
      stages='[{"value":40,"label":"2024"},{"value":90,"label":"2025"},{"value":150,"label":"2026"},{"value":220,"label":"2027"},{"value":300,"label":"2028"}]'
    ></lede-power-ramp-gauge>`,
};

export const Gigawatts = {
  name: 'Gigawatt scale, display-unit auto (fr)',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="fr"
      display-unit="auto"
      current="0"
      heading="Un parc de centres de données"
      stages='[{"value":1200,"label":"2027"},{"value":2500,"label":"2030","atLeast":true}]'
    ></lede-power-ramp-gauge>`,
};

export const Dark = {
  name: 'Dark theme',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      theme="dark"
      heading="Sakai: power of the planned AI data centre"
      source="SoftBank, March 2025"
      stages=${SAKAI_EN}
    ></lede-power-ramp-gauge>`,
};

export const Narrow = {
  name: '280 px wide',
  render: () =>
    html`<div style="width: 280px">
      <lede-power-ramp-gauge
        lang="fr"
        heading="Sakai : la puissance du futur centre de données"
        source="SoftBank, mars 2025"
        stages=${SAKAI_FR}
      ></lede-power-ramp-gauge>
    </div>`,
};

export const JsonChild = {
  name: 'Data in a JSON child',
  render: () =>
    html`<lede-power-ramp-gauge lang="en">
      <script type="application/json">
        {
          "heading": "Sakai, from a JSON child",
          "source": "SoftBank",
          "stages": [
            { "value": 150, "label": "2026" },
            { "value": 240, "label": "later", "atLeast": true }
          ]
        }
      </script>
    </lede-power-ramp-gauge>`,
};

export const HostileLabel = {
  name: 'Markup in a label stays text',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading=${'<b>not bold</b>'}
      stages=${'[{"value":150,"label":"<img src=x onerror=alert(1)>"}]'}
    ></lede-power-ramp-gauge>`,
};

export const BrokenJson = {
  name: 'Broken: invalid JSON',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading="Invalid JSON in stages"
      stages='[{"value":150,}]'
    ></lede-power-ramp-gauge>`,
};

export const NoStage = {
  name: 'Broken: no stage',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="fr"
      heading="Aucune étape"
      stages="[]"
    ></lede-power-ramp-gauge>`,
};

export const NegativeValue = {
  name: 'Broken: negative and non-numeric values',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading="Bad stage values"
      stages='[{"value":-5},{"value":"lots"}]'
    ></lede-power-ramp-gauge>`,
};

export const UnknownUnit = {
  name: 'Broken: a unit that is no power unit (horsepower)',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="en"
      heading="Refused rather than drawn in megawatts"
      unit="horsepower"
      stages=${SAKAI_EN}
    ></lede-power-ramp-gauge>`,
};

export const UnitInWords = {
  name: 'Unit in words, kept as written (mégawatts, 300 and 1,000)',
  render: () =>
    html`<lede-power-ramp-gauge
      lang="fr"
      unit="mégawatts"
      current="0"
      heading="Deux phases"
      stages='[{"value":300,"label":"2027"},{"value":1000,"label":"2030"}]'
    ></lede-power-ramp-gauge>`,
};

// Gallery order (the Storybook convention): the article's stories first, broken inputs last.
export const FromDataFile = {
  name: 'Sakai from the article data file (src)',
  render: () =>
    html`<lede-power-ramp-gauge lang="en" src="/schema/sakai.json#ramp"></lede-power-ramp-gauge>`,
};

export const __namedExportsOrder = [
  'SakaiFrench',
  'SakaiEnglish',
  'SakaiJapanese',
  'FromDataFile',
  'OneStage',
  'FiveStages',
  'Gigawatts',
  'UnitInWords',
  'Dark',
  'Narrow',
  'JsonChild',
  'HostileLabel',
  'UnknownUnit',
  'BrokenJson',
  'NoStage',
  'NegativeValue',
];
