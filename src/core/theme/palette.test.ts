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
    /--_([a-z]+):\s*var\(--lede-[a-z-]+,\s*(#[0-9a-f]+)\)/g,
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
