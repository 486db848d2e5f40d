// Theme resolution: the theme attribute, an ancestor's data-theme and the reader's colour scheme in,
// `light` or `dark` out. An explicit attribute wins, then the page's data-theme, then the reader.

export const THEMES = ['auto', 'light', 'dark'] as const;

/**
 * Horizontal padding of a dark widget on each side, in pixels: the stylesheet's default
 * (`.frame.dark` padding 12px 14px) for layouts made without CSS (server renders, static SVG).
 */
export const DARK_PADDING_X = 14;
export type ThemeSetting = (typeof THEMES)[number];

export function resolveTheme(
  setting: ThemeSetting,
  pageTheme: string | null,
  prefersDark: boolean,
): 'light' | 'dark' {
  if (setting !== 'auto') return setting;
  if (pageTheme === 'light' || pageTheme === 'dark') return pageTheme;
  return prefersDark ? 'dark' : 'light';
}
