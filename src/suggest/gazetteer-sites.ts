// Place mentions -> the sites they stand for: placed with the gazetteer in the text's country, a
// town the table lacks put at the region named beside it, or the question to ask; and the rules
// that keep a mention from being a site (a seat, a market, a direction, a region of a town site).
import { CODED, isWithin, resolveName, type Place } from './gazetteer.js';
import type { Mention } from './gazetteer-mentions.js';
import { DIRECTION } from './gazetteer-words.js';
import { unplaced } from './gazetteer-notes.js';
import { namesFacility, sentences, type StatusWords } from './gazetteer-status.js';
import type { SuggestLocale, SuggestNote } from './types.js';

/** A place the text puts a facility in. */
export interface Found {
  mention: Mention;
  place: Place;
  approximate: boolean;
  status?: StatusWords;
  /** How surely the status words are this place's (see statusOf). */
  strength?: number;
}

// Words that make a place not a site: the company's seat ("Tokyo-based", "本社"), a birthplace,
// a direction from it ("north of London", "au nord de Londres").
const NOT_SITE_BEFORE = new RegExp(
  "(headquartered in|based in|born in|basée? à|née? à|markets? (?:of|in|are|is|include|such as)|marchés? (?:de|d['’]|sont)|rather than|plutôt que" +
    `|${DIRECTION}(?: (?:de la |de l['’]|du |de |d['’]|of ))?)\\s*$`,
  'i',
);
const NOT_SITE_AFTER = /^(-based|本社|に本社|本拠)/;
// A town this small, named alone in another country than the text's, is more likely a company
// ("Blackstone", "Talen") than a site.
const SMALL_TOWN = 50000;
// Places joined into a list share a status: "exploite déjà à Gävle, à Sandviken et à Staffanstorp".
export const LIST_GAP = /^(\s*(,|and|et|or|ou|à|in|en|de|d['’]|と|や|、|及び|および)\s*)+$/u;

/** The country of the text: each place named counts once, countries and large cities most. */
export function countryOf(mentions: Mention[]): string | undefined {
  const votes = new Map<string, number>();
  const seen = new Set<Place>();
  for (const m of mentions) {
    const r = resolveName(m.name, { region: m.qualifier?.name });
    const place = r.place ?? r.qualifier;
    if (!place || seen.has(place)) continue;
    seen.add(place);
    const pop = place.population ?? 0;
    const weight =
      place.kind === 'city'
        ? pop >= 1e6
          ? 2
          : pop >= 1e5
            ? 1
            : 0.5
        : place.kind === 'region'
          ? 2
          : 3;
    votes.set(place.country, (votes.get(place.country) ?? 0) + weight);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Places what a mention names, or gives the question to ask about it. */
export function placeMention(
  m: Mention,
  country: string | undefined,
  known: Map<string, Place>,
): Found | SuggestNote | undefined {
  const r = resolveName(m.name, { country, region: m.qualifier?.name });
  const p = r.place ?? (m.qualifier ? undefined : known.get(m.name));
  if (p) {
    if (
      !m.qualifier &&
      p.country !== country &&
      p.kind === 'city' &&
      (p.population ?? 0) < SMALL_TOWN
    )
      return undefined;
    return { mention: m, place: p, approximate: p.kind !== 'city' || m.area };
  }
  // A town the table lacks beside its region ("Salem Township, Pennsylvania", "New Carlisle,
  // Indiana") is put at the region, approximate: never at another town of the same name.
  if (!r.place && r.qualifier?.kind === 'region' && r.reason !== 'ambiguous')
    return { mention: m, place: r.qualifier, approximate: true };
  if (r.place) return undefined;
  // A name with no candidate in the text's country is more likely a company or a person.
  const local = r.candidates.some((c) => c.country === country) || m.unknown || m.qualifier;
  return local ? unplaced(m, r) : undefined;
}

/** The places named next to their region in the text, for the bare mentions of the same name. */
export function qualifiedPlaces(mentions: Mention[]): Map<string, Place> {
  const known = new Map<string, Place>();
  for (const m of mentions) {
    const p = m.qualifier && resolveName(m.name, { region: m.qualifier.name }).place;
    if (p && !known.has(m.name)) known.set(m.name, p);
  }
  return known;
}

/** Whether the words around a mention let it be a site (not a seat, a market, a direction). */
function isSiteMention(text: string, m: Mention): boolean {
  if (m.country || m.quoted) return false;
  return (
    !NOT_SITE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
    !NOT_SITE_AFTER.test(text.slice(m.end, m.end + 4))
  );
}

/** The mentions of a sentence that can be sites; a list goes with its first member ("markets of Mumbai and Chennai"). */
export function siteMentions(text: string, inside: Mention[]): Mention[] {
  const kept: Mention[] = [];
  let last: { m: Mention; site: boolean } | undefined;
  for (const m of inside) {
    const listed = last && LIST_GAP.test(text.slice(last.m.end, m.start));
    const site = listed ? last!.site && isSiteMention(text, m) : isSiteMention(text, m);
    if (site) kept.push(m);
    last = { m, site };
  }
  return kept;
}

/**
 * When no sentence puts a facility in a place but the text speaks of facilities, the town it names
 * most often (three times at least) is their site: a story about one town's data centres.
 */
export function mostNamed(
  text: string,
  mentions: Mention[],
  country: string | undefined,
  known: Map<string, Place>,
  locale: SuggestLocale,
): Found[] {
  if (!sentences(text).some((s) => namesFacility(text, s, locale))) return [];
  const tally = new Map<Place, Mention[]>();
  for (const m of mentions.filter((m) => !m.country && !m.quoted)) {
    const r = placeMention(m, country, known);
    if (r && 'place' in r && r.place.kind === 'city')
      tally.set(r.place, [...(tally.get(r.place) ?? []), m]);
  }
  const [best, second] = [...tally].sort((a, b) => b[1].length - a[1].length);
  if (!best || best[1].length < 3 || (second && second[1].length === best[1].length)) return [];
  const mention = best[1].find((m) => m.qualifier) ?? best[1][0]!;
  return [{ mention, place: best[0], approximate: false }];
}

/**
 * Without the sites at a region a town site lies in (Hokkaido beside Tomakomai): by code in the US
 * and Japan, elsewhere when the text names the region beside the town (Blyth in Northumberland);
 * nor at a region without status words when towns have some.
 */
export function withoutRegionsOfTowns(found: Found[], mentions: Mention[]): Found[] {
  const towns = found.filter((f) => f.place.kind === 'city');
  const qualifiers = new Set(mentions.filter((m) => m.qualifier).map((m) => m.qualifier!.name));
  const holds = (region: Found, town: Found) =>
    isWithin(town.place, region.place) &&
    (CODED.has(region.place.country) || qualifiers.has(region.mention.name));
  // A region named without status words beside towns with some is the story's context
  // ("TSMC's move to Kumamoto", "the chief minister of Andhra Pradesh").
  const context = (f: Found) => !f.status && !f.mention.unknown && towns.some((t) => t.status);
  return found.filter(
    (f) => f.place.kind === 'city' || (!towns.some((t) => holds(f, t)) && !context(f)),
  );
}
