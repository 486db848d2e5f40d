// Stories of <lede-deal-value-card>: the Sakai deal in three languages, other currencies and
// comparisons, themes and widths, and broken inputs.
import { html } from 'lit';
import '../src/deal-value-card/define.js';

export default {
  title: 'Deal value card',
  component: 'lede-deal-value-card',
};

const OPENAI = (label: string) => JSON.stringify([{ label, amount: 25000000000, currency: 'USD' }]);

export const SakaiFrench = {
  name: 'Sakai deal (fr)',
  render: () =>
    html`<lede-deal-value-card
      lang="fr"
      amount="100000000000"
      currency="JPY"
      converted-amount="676000000"
      converted-currency="USD"
      label="Terrain et bâtiments de l'usine Sharp de Sakai"
      buyer="SoftBank"
      seller="Sharp"
      date="2025-03-14"
      source="SoftBank"
      compare=${OPENAI('Investissement envisagé dans OpenAI')}
    ></lede-deal-value-card>`,
};

export const SakaiEnglish = {
  name: 'Sakai deal (en)',
  render: () =>
    html`<lede-deal-value-card
      lang="en"
      amount="100000000000"
      currency="JPY"
      converted-amount="676000000"
      converted-currency="USD"
      label="Land and buildings of Sharp's Sakai plant"
      buyer="SoftBank"
      seller="Sharp"
      date="2025-03-14"
      source="SoftBank"
      compare=${OPENAI('Planned investment in OpenAI (reported)')}
    ></lede-deal-value-card>`,
};

export const SakaiJapanese = {
  name: 'Sakai deal (ja)',
  render: () =>
    html`<lede-deal-value-card
      lang="ja"
      amount="100000000000"
      currency="JPY"
      converted-amount="676000000"
      converted-currency="USD"
      label="シャープ堺工場の土地と建物"
      buyer="ソフトバンク"
      seller="シャープ"
      date="2025-03-14"
      source="ソフトバンク"
      compare=${OPENAI('OpenAIへの投資（報道）')}
    ></lede-deal-value-card>`,
};

export const Euro = {
  name: 'A euro deal (fr)',
  render: () =>
    html`<lede-deal-value-card
      lang="fr"
      amount="1200000000"
      currency="EUR"
      label="Rachat d'un opérateur de centres de données (exemple)"
      date="2025-06-02"
    ></lede-deal-value-card>`,
};

export const DollarThreeComparisons = {
  name: 'A dollar deal with three comparisons',
  render: () =>
    html`<lede-deal-value-card
      lang="en"
      amount="676000000"
      currency="USD"
      label="Illustrative deal"
      compare=${JSON.stringify([
        { label: 'Comparison A', amount: 25000000000 },
        { label: 'Comparison B', amount: 3000000000 },
        { label: 'Comparison C', amount: 150000000 },
      ])}
    ></lede-deal-value-card>`,
};

export const Dark = {
  name: 'Dark theme',
  render: () =>
    html`<lede-deal-value-card
      lang="en"
      theme="dark"
      amount="100000000000"
      currency="JPY"
      converted-amount="676000000"
      converted-currency="USD"
      label="Land and buildings of Sharp's Sakai plant"
      buyer="SoftBank"
      seller="Sharp"
      date="2025-03-14"
      compare=${OPENAI('Planned investment in OpenAI (reported)')}
    ></lede-deal-value-card>`,
};

export const Narrow = {
  name: '280 px wide',
  render: () =>
    html`<div style="width: 280px">
      <lede-deal-value-card
        lang="fr"
        amount="100000000000"
        currency="JPY"
        converted-amount="676000000"
        converted-currency="USD"
        label="Terrain et bâtiments de l'usine Sharp de Sakai"
        buyer="SoftBank"
        seller="Sharp"
        date="2025-03-14"
        compare=${OPENAI('Investissement envisagé dans OpenAI')}
      ></lede-deal-value-card>
    </div>`,
};

export const BrokenAmount = {
  name: 'Broken: negative amount and unknown currency',
  render: () =>
    html`<lede-deal-value-card lang="en" amount="-5" currency="XYZ"></lede-deal-value-card>`,
};

export const Recovered = {
  name: 'Broken: an impossible date, a comparison in a third currency',
  render: () =>
    html`<lede-deal-value-card
      lang="en"
      amount="100000000000"
      currency="JPY"
      converted-amount="676000000"
      converted-currency="USD"
      date="2025-02-30"
      compare=${JSON.stringify([
        { label: 'In euros', amount: 5e9, currency: 'EUR' },
        { label: 'In dollars', amount: 1e9, currency: 'USD' },
      ])}
    ></lede-deal-value-card>`,
};

export const MonthOnly = {
  name: 'A date known to the month (2025-03)',
  render: () =>
    html`<lede-deal-value-card
      lang="en"
      amount="100000000000"
      currency="JPY"
      converted-amount="676000000"
      converted-currency="USD"
      label="Land and buildings of Sharp's Sakai plant"
      date="2025-03"
    ></lede-deal-value-card>`,
};

export const FromDataFile = {
  name: 'Sakai deal from the article data file (src)',
  render: () =>
    html`<lede-deal-value-card lang="en" src="/schema/sakai.json#deal"></lede-deal-value-card>`,
};

export const __namedExportsOrder = [
  'SakaiFrench',
  'SakaiEnglish',
  'SakaiJapanese',
  'FromDataFile',
  'Euro',
  'DollarThreeComparisons',
  'Dark',
  'Narrow',
  'MonthOnly',
  'Recovered',
  'BrokenAmount',
];
