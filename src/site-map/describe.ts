// Site map words: sites, the region and a locale in, status names, marker names, the summary and
// the legend out. Country names come from Intl.DisplayNames, so every locale gets its own.
import { languageOf, type Language } from '../core/format/locale.js';
import type { Site } from './sites.js';

interface MapWords {
  status: Record<string, string>;
  /** For sites without a status. */
  site: string;
  approximate: string;
  summary: (region: string, count: number, list: string) => string;
  detail: (parts: string[]) => string;
  list: string;
}

const WORDS: Record<Language, MapWords> = {
  en: {
    status: { operating: 'operating', construction: 'under construction', planned: 'planned' },
    site: 'site',
    approximate: 'approximate location',
    summary: (r, n, list) =>
      `Map of ${r} with ${n} ${n === 1 ? 'site' : 'sites'}${n ? `: ${list}` : ''}`,
    detail: (parts) => ` (${parts.join(', ')})`,
    list: ', ',
  },
  fr: {
    status: { operating: 'en service', construction: 'en construction', planned: 'prévu' },
    site: 'site',
    approximate: 'emplacement approximatif',
    summary: (r, n, list) =>
      `Carte\u00a0: ${r}, ${n} ${n > 1 ? 'sites' : 'site'}${n ? `\u00a0: ${list}` : ''}`,
    detail: (parts) => ` (${parts.join(', ')})`,
    list: ', ',
  },
  ja: {
    status: { operating: '稼働中', construction: '建設中', planned: '計画中' },
    site: '拠点',
    approximate: 'おおよその位置',
    summary: (r, n, list) => `${r}の地図、${n}か所${n ? `：${list}` : ''}`,
    detail: (parts) => `（${parts.join('、')}）`,
    list: '、',
  },
};

const regionNames = new Map<string, Intl.DisplayNames>();

/** The country's name in the reader's language ("Japon", "日本"), falling back to Natural Earth's. */
export function regionName(alpha2: string, locale: string, fallback: string): string {
  try {
    let names = regionNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'region' });
      regionNames.set(locale, names);
    }
    return names.of(alpha2) ?? fallback;
  } catch {
    return fallback;
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
  const list = sites.map((s) => describeSite(s, locale)).join(words.list);
  return words.summary(region, sites.length, list);
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
