// Article text -> the site-map part: the places the article puts a facility in (a data centre, a
// plant, a campus named in the same sentence), each placed with the gazetteer, its status read
// from the words around it, with a note quoting the words each field came from.
import { isWithin, placesNamed, resolveName, type Place } from './gazetteer.js';
import { DIRECTION, findMentions, type Mention } from './gazetteer-mentions.js';
import { siteNotes, unplaced } from './gazetteer-notes.js';
import {
  clauseAt,
  namesFacility,
  sentences,
  statusNear,
  statusWords,
  type Span,
  type StatusWords,
} from './gazetteer-status.js';
import type { SitesPart, SuggestLocale, SuggestNote } from './types.js';

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
const LIST_GAP = /^(\s*(,|and|et|or|ou|à|in|en|de|d['’]|と|や|、|及び|および)\s*)+$/u;
// "another", "l'autre": a sentence that goes on about the facility of the one before.
// ", where it already operates", ", où il exploite": a clause about the place just named.
const RELATIVE = /^,\s*(where|which|où|qui)\b/;
// "The building", "Le site": a sentence about the facility of the sentence before.
const FACILITY_SUBJECT =
  /^(the|this|its|le|la|l['’]|ce|cette|son|sa) (?:new |nouveau |nouvelle )?(building|campus|site|plant|facility|cent(?:er|re)|data cent\w+|bâtiment|usine|installation|centre de données|complexe)\b|^(?:新しい|この|同)?(?:データセンター|工場|施設|拠点)(?:は|が)/i;
// Where regions are coded alike in GeoNames and country-state-city (see gazetteer.ts).
const CODED = new Set(['US', 'JP']);
const ANAPHOR =
  /\b(one|another|others|the other|un autre|une autre|l['’]autre|les autres)\b|もう一つ|もう1つ|ほか/i;

/** The country of the text: each place named counts once, countries and large cities most. */
function countryOf(mentions: Mention[]): string | undefined {
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
function place(
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
  // A town the table lacks beside its region ("Salem Township, Pennsylvania") is put at the
  // region, approximate: never at another town of the same name.
  if (!r.place && r.qualifier?.kind === 'region' && (r.reason === 'outside-qualifier' || m.unknown))
    return { mention: m, place: r.qualifier, approximate: true };
  if (r.place) return undefined;
  // A name with no candidate in the text's country is more likely a company or a person.
  const local = r.candidates.some((c) => c.country === country) || m.unknown || m.qualifier;
  return local ? unplaced(m, r) : undefined;
}

/** The places named next to their region in the text, for the bare mentions of the same name. */
function qualifiedPlaces(mentions: Mention[]): Map<string, Place> {
  const known = new Map<string, Place>();
  for (const m of mentions) {
    const p = m.qualifier && resolveName(m.name, { region: m.qualifier.name }).place;
    if (p && !known.has(m.name)) known.set(m.name, p);
  }
  return known;
}

/**
 * The status words for a mention, and how surely they are its own: a clause right after it that
 * starts "where", "où" (4); its own clause (3); else its stretch of the sentence between other
 * places (2). A headline's count less: a title says "aims to open" of a site being built.
 */
function statusOf(text: string, sentence: Span, m: Mention, others: Mention[]) {
  const headline = sentence[1] <= text.indexOf('\n') + 1 && /^[^\n]*\n\s*\n/.test(text);
  const relative = RELATIVE.exec(text.slice(m.end, sentence[1]));
  const after = relative && clauseAt(text, sentence, m.end + relative[0].length);
  const next = others.find((o) => o.start >= m.end)?.start ?? sentence[1];
  const stretch: Span = [others.filter((o) => o.end <= m.start).at(-1)?.end ?? sentence[0], next];
  const tries: [Span | null, number][] = [
    [after && [after[0], Math.min(after[1], next)], 4],
    [clauseAt(text, sentence, m.start), 3],
    [stretch, 2],
  ];
  for (const [span, strength] of tries) {
    const words = span && statusNear(text, span, m.start);
    if (words) return { words, strength: strength - (headline ? 2 : 0) };
  }
  return undefined;
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
function siteMentions(text: string, inside: Mention[]): Mention[] {
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

interface Reading {
  text: string;
  mentions: Mention[];
  country: string | undefined;
  known: Map<string, Place>;
  found: Found[];
  questions: SuggestNote[];
}

/** Adds the sites one sentence names to `r.found`, its questions to `r.questions`. */
function readSentence(r: Reading, sentence: Span): void {
  const { text } = r;
  const inside = r.mentions.filter((m) => m.start >= sentence[0] && m.end <= sentence[1]);
  let previous: Found | undefined;
  for (const m of siteMentions(text, inside)) {
    const result = place(m, r.country, r.known);
    if (!result || !('place' in result)) {
      if (result && !r.questions.some((q) => q.start === result.start)) r.questions.push(result);
      continue;
    }
    const status = statusOf(
      text,
      sentence,
      m,
      inside.filter((o) => o !== m),
    );
    if (status) Object.assign(result, { status: status.words, strength: status.strength });
    else if (previous && LIST_GAP.test(text.slice(previous.mention.end, m.start)))
      Object.assign(result, { status: previous.status, strength: previous.strength });
    const same = r.found.find((f) => f.place === result.place);
    // "Salem Township, Pennsylvania" names the site better than "Pennsylvania" in a headline.
    if (same && m.unknown && !same.mention.unknown) same.mention = m;
    if (!same) r.found.push(result);
    else if ((result.strength ?? 0) > (same.strength ?? 0))
      Object.assign(same, { status: result.status, strength: result.strength });
    previous = same ?? result;
  }
}

/**
 * A sentence whose subject is "the building", "le site", right after a sentence about a facility,
 * gives the text's one site so far its status if it has none: "Le bâtiment, que Google construit".
 */
function readFollowUp(r: Reading, sentence: Span, before: Found[]): void {
  const [only] = before;
  const subject = FACILITY_SUBJECT.test(r.text.slice(...sentence).trimStart());
  if (before.length !== 1 || only!.status || !subject) return;
  const words = statusNear(r.text, sentence, sentence[0]);
  if (words) Object.assign(only!, { status: words, strength: 2 });
}

/**
 * The `sites` part an article supports: one site per place the text puts a facility in, in the
 * order the text names them; `status` only where the words around the place say it; `region` the
 * country most sites are in (sites elsewhere become questions); a region's site dropped when a town
 * inside it is a site too. `{ notes: [] }` without any site.
 */
export function suggestSites(
  text: string,
  locale: SuggestLocale,
): { part?: SitesPart; notes: SuggestNote[] } {
  const mentions = findMentions(text);
  const country = countryOf(mentions);
  const known = qualifiedPlaces(mentions);
  const r: Reading = { text, mentions, country, known, found: [], questions: [] };
  let facilityBefore = false;
  for (const sentence of sentences(text)) {
    if (text.slice(...sentence).trim() === '') continue;
    const facility = namesFacility(text, sentence, locale);
    // "SoftBank already operates one in Tokyo" after a sentence about data centres.
    const anaphor =
      facilityBefore &&
      ANAPHOR.test(text.slice(...sentence)) &&
      statusWords(text, sentence).length > 0;
    if (facility || anaphor) readSentence(r, sentence);
    if (facilityBefore) readFollowUp(r, sentence, r.found);
    facilityBefore = facility;
  }
  if (r.found.length === 0) r.found.push(...mostNamed(text, mentions, country, known, locale));
  const found = withoutRegionsOfTowns(r.found, mentions);
  return assemble(text, found, r.questions, country, mentions, locale);
}

/**
 * Without the sites at a region a town site lies in (Hokkaido beside Tomakomai): by code in the US
 * and Japan, elsewhere when the text names the region beside the town (Blyth in Northumberland);
 * nor at a region without status words when towns have some.
 */
function withoutRegionsOfTowns(found: Found[], mentions: Mention[]): Found[] {
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

/**
 * When no sentence puts a facility in a place but the text speaks of facilities, the town it names
 * most often (three times at least) is their site: a story about one town's data centres.
 */
function mostNamed(
  text: string,
  mentions: Mention[],
  country: string | undefined,
  known: Map<string, Place>,
  locale: SuggestLocale,
): Found[] {
  if (!sentences(text).some((s) => namesFacility(text, s, locale))) return [];
  const tally = new Map<Place, Mention[]>();
  for (const m of mentions.filter((m) => !m.country && !m.quoted)) {
    const r = place(m, country, known);
    if (r && 'place' in r && r.place.kind === 'city')
      tally.set(r.place, [...(tally.get(r.place) ?? []), m]);
  }
  const [best, second] = [...tally].sort((a, b) => b[1].length - a[1].length);
  if (!best || best[1].length < 3 || (second && second[1].length === best[1].length)) return [];
  const mention = best[1].find((m) => m.qualifier) ?? best[1][0]!;
  return [{ mention, place: best[0], approximate: false }];
}

/** A lone site without status words of its own takes the status every facility sentence agrees on. */
function loneStatus(text: string, locale: SuggestLocale): StatusWords | undefined {
  const words = sentences(text)
    .filter((s) => namesFacility(text, s, locale))
    .flatMap((s) => statusWords(text, s));
  return words.length > 0 && words.every((w) => w.status === words[0]!.status)
    ? words[0]
    : undefined;
}

function assemble(
  text: string,
  found: Found[],
  questions: SuggestNote[],
  context: string | undefined,
  mentions: Mention[],
  locale: SuggestLocale,
) {
  if (found.length === 0) return { notes: questions };
  const votes = new Map<string, number>();
  for (const f of found) votes.set(f.place.country, (votes.get(f.place.country) ?? 0) + 1);
  const region = [...votes].sort((a, b) => b[1] - a[1] || (a[0] === context ? -1 : 1))[0]![0];
  const here = found.filter((f) => f.place.country === region);
  if (here.length === 1 && !here[0]!.status) {
    const status = loneStatus(text, locale);
    if (status) here[0]!.status = status;
  }
  const { sites, notes } = siteNotes(found, region);
  const part: SitesPart = { region, sites, ...highlight(here, mentions) };
  return { part, notes: [...notes, ...questions] };
}

/** The site the text names most often, at least twice and more than any other: its subject. */
function highlight(found: Found[], mentions: Mention[]): { highlight?: string } {
  const counts = found.map(
    (f) => mentions.filter((m) => placesNamed(m.name).includes(f.place)).length,
  );
  const top = Math.max(...counts);
  const i = counts.indexOf(top);
  return top >= 2 && counts.filter((c) => c === top).length === 1
    ? { highlight: found[i]!.mention.name }
    : {};
}
