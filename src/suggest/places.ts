// Article text -> the site-map part: the places the article puts a facility in (a data centre, a
// plant, a campus named in the same sentence), each placed with the gazetteer, its status read
// from the words around it, with a note quoting the words each field came from.
import { placesNamed, type Place } from './gazetteer.js';
import { findMentions, type Mention } from './gazetteer-mentions.js';
import { siteNotes } from './gazetteer-notes.js';
import {
  LIST_GAP,
  countryOf,
  mostNamed,
  placeMention,
  qualifiedPlaces,
  siteMentions,
  withoutRegionsOfTowns,
  type Found,
} from './gazetteer-sites.js';
import {
  loneStatus,
  namesFacility,
  sentences,
  statusNear,
  statusOf,
  statusWords,
  type Span,
} from './gazetteer-status.js';
import type { SitesPart, SuggestLocale, SuggestNote } from './types.js';

// "The building", "Le site": a sentence about the facility of the sentence before.
const FACILITY_SUBJECT =
  /^(the|this|its|le|la|l['’]|ce|cette|son|sa) (?:new |nouveau |nouvelle )?(building|campus|site|plant|facility|cent(?:er|re)|data cent\w+|bâtiment|usine|installation|centre de données|complexe)\b|^(?:新しい|この|同)?(?:データセンター|工場|施設|拠点)(?:は|が)/i;
// "another", "l'autre": a sentence that goes on about the facility of the one before.
const ANAPHOR =
  /\b(one|another|others|the other|un autre|une autre|l['’]autre|les autres)\b|もう一つ|もう1つ|ほか/i;

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
    const result = placeMention(m, r.country, r.known);
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
