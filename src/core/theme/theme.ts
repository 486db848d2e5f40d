// Theme resolution: the theme attribute, an ancestor's data-theme, the page's colour scheme and the
// reader's in, `light` or `dark` out. An explicit attribute wins, then the page's data-theme (a
// site's toggle), then the colour scheme the page declares, then the reader's system preference.

export const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * Horizontal padding of a dark widget on each side, in pixels: the stylesheet's default
 * (`.frame.dark` padding 12px 14px) for layouts made without CSS (server renders, static SVG).
 */
export const DARK_PADDING_X = 14;
export type ThemeSetting = (typeof THEMES)[number];

/**
 * What a page's `color-scheme` (CSS, or `<meta name="color-scheme">`) asks of the widget: `dark`
 * alone is dark; `light` alone, `normal` or no scheme of either kind is light (browsers draw such a
 * page light whatever the system says); both leave it to the reader (undefined), as does an unknown
 * page (a server render, an element not in a document).
 */
export function pageScheme(colorScheme: string | undefined): 'light' | 'dark' | undefined {
  if (!colorScheme) return undefined;
  const words = colorScheme.trim().toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (light && dark) return undefined;
  return dark ? 'dark' : 'light';
}

export function resolveTheme(
  setting: ThemeSetting,
  pageTheme: string | null,
  colorScheme: string | undefined,
  prefersDark: boolean,
): 'light' | 'dark' {
  if (setting !== 'auto') return setting;
  if (pageTheme === 'light' || pageTheme === 'dark') return pageTheme;
  return pageScheme(colorScheme) ?? (prefersDark ? 'dark' : 'light');
}
