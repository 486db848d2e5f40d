// The gauge in every page font, locale and width of issue 15: no figure or stage label past the chart
// or over another, with the Sakai ramp and with long, crowded stages.
import { expect, html } from '@open-wc/testing';
import './define.js';
import type { LedePowerRampGauge } from './power-ramp-gauge.js';
import {
  drawnIn,
  expectTextFits,
  LOCALES,
  PAGE_FONTS,
  WIDTHS,
} from '../core/test-helpers/text-fit.js';

const LABELS = {
  en: ['2026', 'second hall (reported)', 'in the long run'],
  fr: ['2026', 'deuxième bâtiment (selon Nikkei)', 'à plus long terme'],
  ja: ['2026年', '第2棟（報道による）', '長期的には'],
};

function stages(locale: keyof typeof LABELS) {
  const [year, second, later] = LABELS[locale];
  return {
    sakai: [
      { value: 150, label: year },
      { value: 240, label: later, atLeast: true },
    ],
    crowded: [
      { value: 0.5, label: 'Netzanschlussvereinbarungsphase' },
      { value: 150, label: year },
      { value: 200, label: second },
      { value: 240, label: later, atLeast: true },
    ],
  };
}

describe('<lede-power-ramp-gauge> text in page fonts', () => {
  for (const font of PAGE_FONTS) {
    for (const locale of LOCALES) {
      for (const width of WIDTHS) {
        it(`keeps its text inside and apart in ${font.name}, ${locale}, ${width} px`, async () => {
          for (const [name, data] of Object.entries(stages(locale))) {
            const el = await drawnIn<LedePowerRampGauge>(
              html`<lede-power-ramp-gauge
                no-animation
                current="1"
                heading="Sakai: ${name}"
                .stages=${data}
              ></lede-power-ramp-gauge>`,
              font,
              locale,
              width,
            );
            expect(expectTextFits(el)).to.be.greaterThan(4);
          }
        });
      }
    }
  }
});
