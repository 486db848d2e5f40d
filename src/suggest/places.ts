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
  '(headquartered in|based in|born in|basée? à|née? à' +
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
 * The status words for a mention, and how surely they are its own: its clause (3), else its
 * stretch of the sentence between other places (2); a headline's count less (a title says "aims to
 * open" of a site the story says is being built).
 */
function statusOf(text: string, sentence: Span, m: Mention, others: Mention[]) {
  const clause = clauseAt(text, sentence, m.start);
  const before = others.filter((o) => o.end <= m.start).at(-1)?.end ?? sentence[0];
  const after = others.find((o) => o.start >= m.end)?.start ?? sentence[1];
  const headline = sentence[1] <= text.indexOf('\n') + 1 && /^[^\n]*\n\s*\n/.test(text);
  const own = statusNear(text, clause, m.start);
  const words = own ?? statusNear(text, [before, after], m.start);
  return words && { words, strength: (own ? 3 : 2) - (headline ? 2 : 0) };
}

function isSiteMention(text: string, m: Mention): boolean {
  if (m.country || m.quoted) return false;
  return (
    !NOT_SITE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
    !NOT_SITE_AFTER.test(text.slice(m.end, m.end + 4))
  );
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
  const found: Found[] = [];
  const questions: SuggestNote[] = [];
  let facilityBefore = false;
  for (const sentence of sentences(text)) {
    if (text.slice(...sentence).trim() === '') continue;
    const facility = namesFacility(text, sentence, locale);
    // "SoftBank already operates one in Tokyo" after a sentence about data centres.
    const counts =
      facility ||
      (facilityBefore &&
        ANAPHOR.test(text.slice(...sentence)) &&
        statusWords(text, sentence).length > 0);
    facilityBefore = facility;
    if (!counts) continue;
    const inside = mentions.filter((m) => m.start >= sentence[0] && m.end <= sentence[1]);
    let previous: Found | undefined;
    for (const m of inside.filter((m) => isSiteMention(text, m))) {
      const result = place(m, country, known);
      if (!result || !('place' in result)) {
        if (result && !questions.some((q) => q.start === result.start)) questions.push(result);
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
      const same = found.find((f) => f.place === result.place);
      if (!same) found.push(result);
      else if ((result.strength ?? 0) > (same.strength ?? 0))
        Object.assign(same, { status: result.status, strength: result.strength });
      previous = same ?? result;
    }
  }
  if (found.length === 0) found.push(...mostNamed(text, mentions, country, known, locale));
  return assemble(text, withoutRegionsOfTowns(found), questions, country, mentions, locale);
}

/** Without the sites at a region that a town site lies in (Hokkaido beside Tomakomai). */
function withoutRegionsOfTowns(found: Found[]): Found[] {
  return found.filter(
    (f) =>
      f.place.kind === 'city' ||
      !found.some((g) => g.place.kind === 'city' && isWithin(g.place, f.place)),
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
