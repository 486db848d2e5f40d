// The default colours of both themes, for a static SVG, which has no custom properties: the same
// values as the stylesheets' fallbacks of the public --lede-* custom properties (palette.test.ts
// checks that they agree).

export interface Palette {
  text: string;
  muted: string;
  background: string;
  accent: string;
  planned: string;
  track: string;
  error: string;
  /** Map colours. */
  land: string;
  /** At least 3:1 against the background (palette.test.ts), so the country stands out from the page. */
  coast: string;
  /** The land around the country, muted. */
  neighbours: string;
  neighbourCoast: string;
  /** Lakes: the background's colour, as the sea. */
  water: string;
  operating: string;
  construction: string;
  plannedSite: string;
  other: string;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    text: '#1b1b1b',
    muted: '#595959',
    background: '#ffffff',
    accent: '#0b5cad',
    planned: '#6e95c4',
    track: '#e2e6eb',
    error: '#a4262c',
    land: '#e4e7eb',
    coast: '#848d97',
    neighbours: '#f1f2f4',
    neighbourCoast: '#d3d7dc',
    water: '#ffffff',
    operating: '#0b5cad',
    construction: '#a35200',
    plannedSite: '#7b3fa0',
    other: '#5f6368',
  },
  dark: {
    text: '#f1f1f1',
    muted: '#b4b4b4',
    background: '#16181b',
    accent: '#6cb2ff',
    planned: '#4d79a8',
    track: '#30353c',
    error: '#ff9b9b',
    land: '#2b3036',
    coast: '#6b7580',
    neighbours: '#1e2125',
    neighbourCoast: '#363c43',
    water: '#16181b',
    operating: '#6cb2ff',
    construction: '#f0a050',
    plannedSite: '#cf9cf0',
    other: '#a8adb3',
  },
};
