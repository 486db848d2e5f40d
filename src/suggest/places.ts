// Place mentions in an article -> the site map's part (sites with coordinates, region, status).
// Placeholder until the gazetteer lands: it suggests no sites.
import type { SitesPart, SuggestLocale, SuggestNote } from './types.js';

/** The site map part the text supports, with a note for each field; none here yet. */
export function suggestSites(
  text: string,
  locale: SuggestLocale,
): { part?: SitesPart; notes: SuggestNote[] } {
  void text;
  void locale;
  return { notes: [] };
}
