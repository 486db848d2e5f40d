// The map in every page font, locale and width of issue 15: no site name past the map or over
// another, no line of its legend or key wider than the widget, with the Sakai sites and long names.
import { expect, html } from '@open-wc/testing';
import './define.js';
import type { LedeSiteMap } from './site-map.js';
import {
  drawnIn,
  expectTextFits,
  LOCALES,
  PAGE_FONTS,
  WIDTHS,
} from '../core/test-helpers/text-fit.js';

const NAMES = {
  en: ['Tokyo', 'Hokkaido (Tomakomai)', 'Sakai (former Sharp LCD plant)'],
  fr: ['Tokyo', 'Hokkaïdo (Tomakomai)', 'Sakai (ancienne usine LCD de Sharp)'],
  ja: ['東京', '北海道（苫小牧）', '堺（旧シャープ液晶工場）'],
};

describe('<lede-site-map> text in page fonts', () => {
  for (const font of PAGE_FONTS) {
    for (const locale of LOCALES) {
      for (const width of WIDTHS) {
        it(`keeps its text inside and apart in ${font.name}, ${locale}, ${width} px`, async () => {
          const [tokyo, hokkaido, sakai] = NAMES[locale];
          const el = await drawnIn<LedeSiteMap>(
            html`<lede-site-map
              region="JP"
              highlight=${sakai!}
              .sites=${[
                { name: tokyo!, lat: 35.68, lon: 139.69, status: 'operating' },
                { name: hokkaido!, lat: 42.63, lon: 141.6, status: 'construction' },
                { name: sakai!, lat: 34.58, lon: 135.45, status: 'planned' },
              ]}
            ></lede-site-map>`,
            font,
            locale,
            width,
          );
          expect(expectTextFits(el)).to.be.greaterThan(3);
        });
      }
    }
  }
});
