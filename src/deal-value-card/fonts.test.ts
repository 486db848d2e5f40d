// The card in every page font, locale and width of issue 15: no label or amount past the chart or
// over another, no line of the card's words wider than the card, with the Sakai deal and long labels.
import { expect, html } from '@open-wc/testing';
import './define.js';
import type { LedeDealValueCard } from './deal-value-card.js';
import {
  drawnIn,
  expectTextFits,
  LOCALES,
  PAGE_FONTS,
  WIDTHS,
} from '../core/test-helpers/text-fit.js';

const WORDS = {
  en: {
    label: 'Land and buildings of the Sakai LCD plant',
    compare: ['SoftBank’s reported investment in OpenAI', 'OpenAI’s valuation (reported)'],
  },
  fr: {
    label: 'Terrain et bâtiments de l’usine LCD de Sakai',
    compare: ['Investissement de SoftBank dans OpenAI (selon la presse)', 'Valorisation d’OpenAI'],
  },
  ja: {
    label: '堺工場の土地と建物',
    compare: ['ソフトバンクのOpenAIへの投資（報道による）', 'OpenAIの企業価値'],
  },
};

describe('<lede-deal-value-card> text in page fonts', () => {
  for (const font of PAGE_FONTS) {
    for (const locale of LOCALES) {
      for (const width of WIDTHS) {
        it(`keeps its text inside and apart in ${font.name}, ${locale}, ${width} px`, async () => {
          const words = WORDS[locale];
          const el = await drawnIn<LedeDealValueCard>(
            html`<lede-deal-value-card
              heading="SoftBank buys Sharp’s Sakai plant"
              amount="100000000000"
              currency="JPY"
              converted-amount="676000000"
              converted-currency="USD"
              label=${words.label}
              buyer="SoftBank Corp."
              seller="Sharp"
              date="2025-03-14"
              .compare=${[
                { label: words.compare[0]!, amount: 25000000000, currency: 'USD' },
                { label: words.compare[1]!, amount: 300000000000, currency: 'USD' },
                {
                  label: 'Übertragungsnetzbetreiberinvestitionsprogramm',
                  amount: 1,
                  currency: 'USD',
                },
              ]}
              source="Nikkei, Reuters"
            ></lede-deal-value-card>`,
            font,
            locale,
            width,
          );
          expect(expectTextFits(el)).to.be.greaterThan(8);
        });
      }
    }
  }
});
