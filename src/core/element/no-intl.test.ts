// The Sakai widgets in en, fr and ja draw without building one Intl formatter: in a fresh page the
// first one loads ICU's data (30-90 ms on a small machine), longer than a whole gauge takes. Other
// locales still ask Intl, which shows that the count below sees the widgets' Intl calls.
import { expect } from '@open-wc/testing';
import '../../define.js';
import { nextEvent } from '../test-helpers/render.js';

const SAKAI = '/schema/sakai.json';
const SERVICES = [
  'NumberFormat',
  'PluralRules',
  'DateTimeFormat',
  'ListFormat',
  'DisplayNames',
  'RelativeTimeFormat',
  'Collator',
  'Segmenter',
] as const;

/** Intl objects built while the suite runs, by constructor name. */
function countIntl(): Map<string, number> {
  const built = new Map<string, number>();
  const originals = new Map<string, unknown>();
  before(() => {
    for (const name of SERVICES) {
      const Original = (Intl as unknown as Record<string, new (...a: unknown[]) => object>)[name];
      if (!Original) continue;
      originals.set(name, Original);
      const Counted = new Proxy(Original, {
        construct(target, args, newTarget) {
          built.set(name, (built.get(name) ?? 0) + 1);
          return Reflect.construct(target, args, newTarget) as object;
        },
      });
      Object.defineProperty(Intl, name, { value: Counted, configurable: true, writable: true });
    }
  });
  after(() => {
    for (const [name, Original] of originals) {
      Object.defineProperty(Intl, name, { value: Original, configurable: true, writable: true });
    }
  });
  beforeEach(() => built.clear());
  return built;
}

/** The three Sakai widgets in `locale`, resolved once all three have drawn. */
async function drawSakai(locale: string): Promise<HTMLElement[]> {
  const box = document.createElement('div');
  box.style.width = '480px';
  document.body.append(box);
  const parts: [string, string][] = [
    ['lede-power-ramp-gauge', 'ramp'],
    ['lede-site-map', 'sites'],
    ['lede-deal-value-card', 'deal'],
  ];
  const widgets = parts.map(([tag, part]) => {
    const widget = document.createElement(tag);
    widget.setAttribute('src', `${SAKAI}#${part}`);
    widget.setAttribute('locale', locale);
    widget.setAttribute('loading', 'eager');
    widget.toggleAttribute('no-animation', true);
    return widget;
  });
  const ready = widgets.map((w) => nextEvent(w, 'lede-ready', 10_000));
  box.append(...widgets);
  await Promise.all(ready);
  return widgets;
}

describe('first paint without Intl', () => {
  const built = countIntl();
  afterEach(() => {
    for (const box of document.querySelectorAll('body > div')) box.remove();
  });

  for (const locale of ['en', 'en-US', 'fr', 'fr-FR', 'ja', 'ja-JP']) {
    it(`draws the Sakai widgets in ${locale} without building an Intl object`, async () => {
      const widgets = await drawSakai(locale);
      for (const w of widgets) {
        const text = w.shadowRoot!.textContent;
        expect(text, w.localName).to.match(/\d/);
      }
      expect(Object.fromEntries(built)).to.deep.equal({});
    });
  }

  it('asks Intl for a locale it does not write itself (de)', async () => {
    const [gauge, map, card] = await drawSakai('de');
    expect(built.get('NumberFormat') ?? 0).to.be.greaterThan(0);
    expect(built.get('DisplayNames') ?? 0).to.be.greaterThan(0);
    expect(built.get('DateTimeFormat') ?? 0).to.be.greaterThan(0);
    expect(map!.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.contain('Japan');
    expect(gauge!.shadowRoot!.textContent).to.contain('240');
    expect(card!.shadowRoot!.textContent).to.contain('2025');
  });
});
