// The static SVG writes colours from PALETTES; the widgets' stylesheets carry the same colours as
// fallbacks of their --lede-* custom properties. Both must agree, theme by theme.
import { expect } from '@open-wc/testing';
import { PALETTES, type Palette } from './palette.js';
import { baseStyles } from './styles.js';
import { mapStyles } from '../../site-map/site-map.styles.js';

/** Stylesheet fallbacks: `--_text: var(--lede-color-text, #1b1b1b)` in a `selector {…}` block. */
function fallbacks(css: string, selector: string): Record<string, string> {
  const block = new RegExp(`${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
  const found: Record<string, string> = {};
  for (const [, name, colour] of block.matchAll(
    /--_([a-z-]+):\s*var\(--lede-[a-z-]+,\s*(#[0-9a-f]+)\)/g,
  )) {
    found[name!] = colour!;
  }
  return found;
}

/** The palette keys and the private custom properties they stand for. */
const BASE: [keyof Palette, string][] = [
  ['text', 'text'],
  ['muted', 'muted'],
  ['background', 'background'],
  ['accent', 'accent'],
  ['planned', 'planned'],
  ['track', 'track'],
  ['error', 'error'],
];
const MAP: [keyof Palette, string][] = [
  ['land', 'land'],
  ['coast', 'coast'],
  ['neighbours', 'neighbours'],
  ['neighbourCoast', 'neighbour-coast'],
  ['water', 'water'],
  ['operating', 'operating'],
  ['construction', 'construction'],
  ['plannedSite', 'planned'],
  ['other', 'other'],
];

describe('PALETTES', () => {
  for (const [theme, selector] of [
    ['light', '.frame'],
    ['dark', '.frame.dark'],
  ] as const) {
    it(`matches the ${theme} fallbacks of the base and map stylesheets`, () => {
      const base = fallbacks(baseStyles.cssText, selector);
      const map = fallbacks(mapStyles.cssText, selector);
      for (const [key, name] of BASE) expect(PALETTES[theme][key], key).to.equal(base[name]);
      for (const [key, name] of MAP) expect(PALETTES[theme][key], key).to.equal(map[name]);
    });
  }
});

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('map colours', () => {
  it('contrast() gives WCAG ratios: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 1e-9);
    expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('#e4e7eb', '#e4e7eb')).to.equal(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    const p = PALETTES[theme];
    it(`land stands out from the ${theme} background at 3:1 at least (fill or coast)`, () => {
      const best = Math.max(contrast(p.land, p.background), contrast(p.coast, p.background));
      expect(best).to.be.at.least(3);
    });

    it(`the ${theme} country's coast stands out from its neighbours' land, which stays muted`, () => {
      expect(contrast(p.coast, p.neighbours)).to.be.at.least(3);
      expect(contrast(p.neighbours, p.background)).to.be.below(contrast(p.land, p.background));
      expect(p.water).to.equal(p.background);
    });

    it(`every ${theme} marker colour reads on the land at 3:1 at least`, () => {
      for (const key of ['operating', 'construction', 'plannedSite', 'other'] as const) {
        expect(contrast(p[key], p.land), key).to.be.at.least(3);
      }
    });
  }
});
