// Article text -> the site-map part: the places the article puts a facility in (a data centre, a
// plant, a campus named in the same sentence), each placed with the gazetteer, its status read
// from the words around it, with a note quoting the words each field came from.
import { placesNamed, resolveName, type Place, type Resolution } from './gazetteer.js';
import { findMentions, type Mention } from './gazetteer-mentions.js';
import type { SitesPart, SuggestLocale, SuggestNote } from './types.js';

type Status = NonNullable<SitesPart['sites'][number]['status']>;
type Site = SitesPart['sites'][number];

const FACILITY: Record<SuggestLocale, RegExp> = {
  en: /\b(data[- ]?cent(?:er|re)s?|campus(?:es)?|plants?|sites?|facilit(?:y|ies)|factor(?:y|ies)|fabs?|hubs?|server farms?)\b/i,
  fr: /\b(centres? de donn[ée]es|datacenters?|data ?cent(?:er|re)s?|campus|usines?|sites?|installations?|plantes?|complexes?)\b/i,
  ja: /(データセンター|拠点|工場|施設|キャンパス|DC)/,
};
// Words that make a place the company's seat, not a site: "Tokyo-based", "headquartered in".
const SEAT = /(-based|\bheadquarter(?:s|ed)\b|\bbased in\b|\bsiège\b|\bbasée? à\b|本社|本拠)/i;

const STATUS: [Status, RegExp][] = [
  [
    'operating',
    /\b(operat(?:e|es|ed|ing|ional)|already (?:runs|has|hosts)|runs|in (?:operation|service)|exploite|exploité|en (?:service|activité|fonctionnement)|opérationnel(?:le)?)\b|稼働中|稼働して|運用中|運用して|稼働済/i,
  ],
  [
    'construction',
    /\b(under construction|(?:is|are) being built|broke ground|breaking ground|building|en (?:cours de )?construction|est construit|sont construits|en chantier)\b|建設中|建設して|着工|工事中/i,
  ],
  [
    'planned',
    /\b(plan(?:s|ned|ning)?|will (?:build|open|be)|to build|proposed|intends?|aims?|prévue?s?|projet(?:te|té)?|envisage|construira|sera|seront|vise)\b|計画|予定|建設する|開設する|構想/i,
  ],
];

/** Where a sentence ends (not after "St." or a decimal point). */
const SENTENCE =
  /(?<!\b(?:St|Ste|Mt|Ft|Inc|Corp|Co|Ltd|Jr|Dr|Mr|Mrs|Ms|U\.S))[.!?](?=\s+[\p{Lu}"“«(])|[。！？\n]/gu;
/** Where a clause ends inside a sentence, for telling apart the statuses of two places. */
const CLAUSE = /[;；、，]|,\s|\s(?:and|while|but|whereas|et|mais|alors que|tandis que)\s|が、/g;

function spans(text: string, pattern: RegExp, from = 0, to = text.length): [number, number][] {
  const cuts = [from];
  pattern.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(pattern)) cuts.push(from + m.index + m[0].length);
  cuts.push(to);
  return cuts.slice(0, -1).map((start, i) => [start, cuts[i + 1]!]);
}

/** The status a clause gives, with the words it came from (nearest the place when several). */
function statusNear(text: string, [from, to]: [number, number], at: number) {
  let best: { status: Status; start: number; end: number } | undefined;
  for (const [status, pattern] of STATUS) {
    const global = new RegExp(pattern.source, 'giu');
    for (const m of text.slice(from, to).matchAll(global)) {
      const start = from + m.index;
      const found = { status, start, end: start + m[0].length };
      if (!best || Math.abs(start - at) < Math.abs(best.start - at)) best = found;
    }
  }
  return best;
}

interface Found {
  mention: Mention;
  place: Place;
  approximate: boolean;
  status?: { status: Status; start: number; end: number };
}

/** The country most places of the text are in, counting each unambiguous mention. */
function countryOf(mentions: Mention[]): string | undefined {
  const votes = new Map<string, number>();
  for (const m of mentions) {
    const r = resolveName(m.name, { region: m.qualifier?.name });
    const place = r.place ?? r.qualifier;
    if (place)
      votes.set(
        place.country,
        (votes.get(place.country) ?? 0) + (place.kind === 'country' ? 2 : 1),
      );
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function describe(p: Place): string {
  return `${p.name} (${p.kind === 'city' ? `${p.region}, ` : ''}${p.country})`;
}

function question(m: Mention, r: Resolution & { place?: undefined }): SuggestNote {
  const where = m.qualifier ? text(m.qualifier.name) : '';
  const q =
    r.reason === 'unknown'
      ? `"${m.name}" is not in the place table: where is it, if it is a site?`
      : r.reason === 'outside-qualifier'
        ? `The place table has no "${m.name}" in ${where}: where is it?`
        : `"${m.name}" could be ${r.candidates.slice(0, 4).map(describe).join(', ')}: which one, if it is a site?`;
  return {
    part: 'sites',
    field: '/sites',
    quote: m.quote,
    start: m.start,
    end: m.end,
    question: q,
  };
}
const text = (s: string) => `"${s}"`;

/**
 * Places one mention: the place it names, or its qualifier's region marked approximate when the
 * table lacks the town ("Salem Township, Pennsylvania" is put at Pennsylvania, never at another
 * Salem), or a question.
 */
function place(m: Mention, country: string | undefined): Found | SuggestNote {
  const r = resolveName(m.name, { country, region: m.qualifier?.name });
  if (r.place) return { mention: m, place: r.place, approximate: r.place.kind !== 'city' };
  if (
    (r.reason === 'outside-qualifier' || m.unknown) &&
    r.qualifier &&
    r.qualifier.kind === 'region'
  )
    return { mention: m, place: r.qualifier, approximate: true };
  return question(m, r);
}

/**
 * The `sites` part an article supports: one site per place the text puts a facility in, in the
 * order the text names them; `status` only where the words around the place say it; `region` the
 * country most sites are in (sites elsewhere become questions). `{ notes: [] }` without any site.
 */
export function suggestSites(
  text: string,
  locale: SuggestLocale,
): { part?: SitesPart; notes: SuggestNote[] } {
  const mentions = findMentions(text);
  const country = countryOf(mentions);
  const found: Found[] = [];
  const notes: SuggestNote[] = [];
  for (const [from, to] of spans(text, SENTENCE)) {
    const sentence = text.slice(from, to);
    if (!FACILITY[locale].test(sentence) && !FACILITY.en.test(sentence)) continue;
    const clauses = spans(text, CLAUSE, from, to);
    for (const m of mentions) {
      if (m.start < from || m.end > to || m.country || m.quoted) continue;
      if (
        SEAT.test(text.slice(m.end, m.end + 8)) ||
        SEAT.test(text.slice(Math.max(from, m.start - 20), m.start))
      )
        continue;
      const result = place(m, country);
      if (!('place' in result)) {
        // A name with no candidate in the text's country and nothing naming its region is more
        // likely a company or a person ("Meta", "Oracle") than a site: no question.
        const local = placesNamed(m.name).some((p) => p.country === country);
        if ((local || m.qualifier || !country) && !notes.some((n) => n.start === result.start))
          notes.push(result);
        continue;
      }
      const clause = clauses.find(([a, b]) => m.start >= a && m.start < b) ?? [from, to];
      result.status = statusNear(text, clause, m.start);
      const same = found.find((f) => f.place === result.place);
      if (!same) found.push(result);
      else same.status ??= result.status;
    }
  }
  return assemble(found, notes, country, mentions);
}

function assemble(
  found: Found[],
  notes: SuggestNote[],
  context: string | undefined,
  mentions: Mention[],
) {
  if (found.length === 0) return { notes };
  const votes = new Map<string, number>();
  for (const f of found) votes.set(f.place.country, (votes.get(f.place.country) ?? 0) + 1);
  const region = [...votes].sort((a, b) => b[1] - a[1] || (a[0] === context ? -1 : 1))[0]![0];
  const sites: Site[] = [];
  const out: SuggestNote[] = [];
  for (const f of found) {
    const { quote, start, end } = f.mention;
    if (f.place.country !== region) {
      out.push({
        part: 'sites',
        field: '/sites',
        quote,
        start,
        end,
        question: `"${f.mention.name}" is in ${f.place.country}, outside ${region}: a second map?`,
      });
      continue;
    }
    const i = sites.length;
    const site: Site = { name: f.mention.name, lat: f.place.lat, lon: f.place.lon };
    const note = (field: string, s = start, e = end) =>
      out.push({
        part: 'sites',
        field: `/sites/${i}/${field}`,
        quote: f.mention.text.slice(s, e),
        start: s,
        end: e,
      });
    note('name', f.mention.start, f.mention.start + f.mention.name.length);
    note('lat');
    note('lon');
    if (f.status) {
      site.status = f.status.status;
      note('status', f.status.start, f.status.end);
    }
    if (f.approximate) {
      site.approximate = true;
      note('approximate');
    }
    sites.push(site);
  }
  const first = found.find((f) => f.place.country === region)!.mention;
  out.unshift({
    part: 'sites',
    field: '/region',
    quote: first.quote,
    start: first.start,
    end: first.end,
  });
  const part: SitesPart = {
    region,
    sites,
    ...highlight(
      found.filter((f) => f.place.country === region),
      mentions,
    ),
  };
  return { part, notes: [...out, ...notes] };
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
