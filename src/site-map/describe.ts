// Site map words: sites, the region and a locale in, status names, marker names, the summary and
// the legend out. Country names come from the outline (en, fr, ja) or Intl.DisplayNames, so every
// locale gets its own.
import { formatNumber, writtenHere } from '../core/format/number.js';
import type { RegionGeometry } from '../geo/region.js';
import { languageOf, type Language } from '../core/format/locale.js';
import type { Site } from './sites.js';

interface MapWords {
  status: Record<string, string>;
  /** For sites without a status. */
  site: string;
  approximate: string;
  /** `figure` is `count` as the locale writes it (2,000; 2 000). */
  summary: (region: string, count: number, figure: string, list: string) => string;
  detail: (parts: string[]) => string;
  list: string;
  /** Closes a summary that names only the first sites: "and 1,990 more". */
  more: (count: string) => string;
}

const WORDS: Record<Language, MapWords> = {
  en: {
    status: { operating: 'operating', construction: 'under construction', planned: 'planned' },
    site: 'site',
    approximate: 'approximate location',
    summary: (r, n, f, list) =>
      `Map of ${r} with ${f} ${n === 1 ? 'site' : 'sites'}${n ? `: ${list}` : ''}`,
    detail: (parts) => ` (${parts.join(', ')})`,
    list: ', ',
    more: (n) => `and ${n} more`,
  },
  fr: {
    // Invariable phrases: each agrees with any site, one or many ("un site en projet", "des
    // centrales en projet"), where "prévu" would have to become "prévue(s)" with the noun.
    status: { operating: 'en service', construction: 'en construction', planned: 'en projet' },
    site: 'site',
    approximate: 'emplacement approximatif',
    summary: (r, n, f, list) =>
      `Carte\u00a0: ${r}, ${f} ${n > 1 ? 'sites' : 'site'}${n ? `\u00a0: ${list}` : ''}`,
    detail: (parts) => ` (${parts.join(', ')})`,
    list: ', ',
    more: (n) => `et ${n} autres`,
  },
  ja: {
    status: { operating: '稼働中', construction: '建設中', planned: '計画中' },
    site: '拠点',
    approximate: 'おおよその位置',
    summary: (r, n, f, list) => `${r}の地図、${f}か所${n ? `：${list}` : ''}`,
    detail: (parts) => `（${parts.join('、')}）`,
    list: '、',
    more: (n) => `ほか${n}か所`,
  },
};

/**
 * Sites a summary names. The summary is the map's accessible name, read in one breath: past 20
 * names it says how many more there are, and the visually hidden list below the map, which a
 * screen reader can walk item by item, names them all.
 */
export const SUMMARY_SITES = 20;

const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * The country's name in the reader's language ("Japon", "日本"). For en, fr and ja the outline
 * carries the names Intl gave at build time (a fresh page's first Intl call loads ICU's data); other
 * locales ask Intl.DisplayNames; Natural Earth's English name is the last resort.
 */
export function regionName(
  region: Pick<RegionGeometry, 'alpha2' | 'name' | 'names'>,
  locale: string,
): string {
  const written = writtenHere(locale) ? region.names?.[languageOf(locale)] : undefined;
  if (written) return written;
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    return names.of(region.alpha2) ?? region.name;
  } catch {
    return region.name;
  }
}

export function statusName(site: Pick<Site, 'status' | 'known'>, locale: string): string {
  const words = WORDS[languageOf(locale)];
  return site.known ? words.status[site.status]! : site.status || words.site;
}

/** "Tokyo (operating, approximate location)": one site as the summary and the list say it. */
export function describeSite(site: Site, locale: string): string {
  const words = WORDS[languageOf(locale)];
  const parts = [statusName(site, locale)];
  if (site.approximate) parts.push(words.approximate);
  if (site.note) parts.push(site.note);
  return `${site.name}${words.detail(parts)}`;
}

export function describeMap(sites: readonly Site[], region: string, locale: string): string {
  const words = WORDS[languageOf(locale)];
  const named = sites.slice(0, SUMMARY_SITES).map((s) => describeSite(s, locale));
  const rest = sites.length - named.length;
  if (rest > 0) named.push(words.more(formatNumber(rest, locale)));
  return words.summary(
    region,
    sites.length,
    formatNumber(sites.length, locale),
    named.join(words.list),
  );
}

/** Legend entries, one per status present, known statuses first in their usual order. */
export function legendEntries(sites: readonly Site[], locale: string) {
  const seen = new Map<string, Site>();
  for (const s of sites) if (!seen.has(s.status)) seen.set(s.status, s);
  const rank = (s: Site) =>
    s.known ? ['operating', 'construction', 'planned'].indexOf(s.status) : 3;
  return [...seen.values()]
    .sort((a, b) => rank(a) - rank(b))
    .map((s) => ({ status: s.status, known: s.known, text: statusName(s, locale) }));
}
