// Place names -> places: the offline table scripts/build-gazetteer.mjs writes (GeoNames cities of
// 5,000 people or more, Japanese municipalities, first-level regions, countries), parsed into maps
// on first use, and the rules that pick one place for a name.
import { gazetteerTable } from './gazetteer-data.js';
import { foldName } from './gazetteer-fold.js';

export { foldName };

/** A place of the table. */
export interface Place {
  /** The table's own name for it (English or romanised). */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  kind: 'city' | 'region' | 'country';
  /** First-level region code (US `TX`, JP `27` in JIS order); empty for a country. */
  region: string;
  population?: number;
}

export interface ResolveOptions {
  /** Alpha-2 code of the country the text is about: a context that decides between candidates. */
  country?: string;
  /** A region or country named next to the place ("Texas" in "Abilene, Texas"): it always decides. */
  region?: string;
}

/** A name the rules could not place, and why: `candidates` holds what it could be. */
export interface Unresolved {
  place?: undefined;
  /** `ambiguous-qualifier`: the qualifier names several areas (Georgia the country and the state), the candidates. */
  reason: 'unknown' | 'ambiguous' | 'outside-qualifier' | 'ambiguous-qualifier';
  candidates: Place[];
  /** The region or country named beside it, when the table has it. */
  qualifier?: Place;
}

/** How a name resolved: one place (inside `qualifier` when one was named), or why not. */
export type Resolution = { place: Place; qualifier?: Place } | Unresolved;

// One place dominates the others of its name when it has this many times their population: Paris
// (2.1 M) over Paris, Texas (25 k); Portland, Oregon (632 k) over Portland, Maine (67 k). Salem,
// Oregon (165 k) against Salem, Massachusetts (43 k) stays a question.
const DOMINANCE = 5;
// Outside the US, Japan, Australia and Canada GeoNames and country-state-city code regions
// differently (scripts/build-gazetteer.mjs maps them in those four): a city counts as inside a
// region named next to it when it lies this close to the region's centre.
const WITHIN_KM = 200;
/** Countries whose cities carry the code of their first-level region. */
export const CODED = new Set(['US', 'JP', 'AU', 'CA']);
const KINDS = { c: 'city', r: 'region', n: 'country' } as const;

let lines: string[] | undefined;
let countries: string[] = [];
/** Line numbers of each country's regions. */
const regionLines = new Map<string, number[]>();
let index: Map<string, number[]> | undefined;
const parsed = new Map<number, Place>();

/**
 * The table as a map from folded name to line numbers, built once. The names come folded from the
 * build, and a line becomes a Place only when a lookup reaches it.
 */
function keys(): Map<string, number[]> {
  if (index) return index;
  lines = gazetteerTable.split('\n');
  countries = new Array<string>(lines.length);
  index = new Map();
  let country = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('#')) {
      country = line.slice(1);
      continue;
    }
    countries[i] = country;
    if (line.startsWith('r')) regionLines.set(country, [...(regionLines.get(country) ?? []), i]);
    const names = line.slice(line.lastIndexOf('\t') + 1).split('|');
    for (let k = 1; k < names.length; k++) {
      const key = names[k] || names[0]!.toLowerCase();
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  }
  return index;
}

/** The place on line `i` of the table: kind, region, population, lon, lat, name|keys (empty: the name in lower case). */
function placeAt(i: number): Place {
  const known = parsed.get(i);
  if (known) return known;
  const [kind, region, population, lon, lat, names] = lines![i]!.split('\t');
  const place: Place = {
    name: names!.slice(0, names!.indexOf('|')),
    lat: Number(lat),
    lon: Number(lon),
    country: countries[i]!,
    kind: KINDS[kind as keyof typeof KINDS],
    region: region ?? '',
    ...(population ? { population: Number(population) } : {}),
  };
  parsed.set(i, place);
  return place;
}

const lookup = (key: string) => keys().get(key)?.map(placeAt);

/** Every place the table has under this name (folded). */
export function placesNamed(name: string): Place[] {
  const key = foldName(name);
  const found = lookup(key);
  if (found) return found;
  // "Sakai City", "Sakai-shi", "Osaka Prefecture": the name without the word, of that kind only.
  const m = SUFFIX.exec(key);
  if (!m?.[1]) return [];
  const kind = m[2] === 'city' || m[2] === 'shi' ? 'city' : 'region';
  return (lookup(m[1]) ?? []).filter((p) => p.kind === kind);
}

const SUFFIX = /^(.+) (city|shi|prefecture|ken|fu|province|state)$/;

/** Distance in kilometres along the Earth's surface. */
function kilometres(a: Place, b: Place): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** Whether `place` lies in `area` (a country, or a region: by code in the US and Japan, else by distance). */
export function isWithin(place: Place, area: Place): boolean {
  if (place === area || place.country !== area.country || area.kind === 'city') return false;
  if (area.kind === 'country') return true;
  if (place.kind === 'country') return false;
  if (CODED.has(area.country)) return place.region === area.region && place.kind !== 'region';
  // The UK's four nations are coded alike (ENG, SCT...), its counties not: Lerwick lies 440 km
  // from Scotland's centre.
  if (area.country === 'GB' && place.region === area.region && place.kind !== 'region') return true;
  return (
    kilometres(place, area) <= WITHIN_KM || (place.kind === 'city' && nearestRegion(place) === area)
  );
}

/**
 * The region of its country whose centre lies nearest a city: inside it too, for regions larger
 * than the distance rule (Megion, 390 km from the centre of Khanty-Mansi, is nearer it than any other).
 */
function nearestRegion(place: Place): Place | undefined {
  keys();
  let best: Place | undefined;
  for (const i of regionLines.get(place.country) ?? []) {
    const region = placeAt(i);
    if (!best || kilometres(place, region) < kilometres(place, best)) best = region;
  }
  return best;
}

/** The one place among several of a name the rules choose, if any. */
function choose(candidates: Place[], country?: string): Place | undefined {
  if (candidates.length <= 1) return candidates[0];
  // A city and the region around it may share a name (Tokyo, Osaka, Paris, Singapore): the city.
  const cities = candidates.filter((p) => p.kind === 'city');
  const rest = candidates.filter((p) => p.kind === 'city' || !cities.some((c) => isWithin(c, p)));
  if (rest.length < candidates.length) return choose(rest, country);
  if (country) {
    const local = candidates.filter((p) => p.country === country);
    if (local.length > 0 && local.length < candidates.length) return choose(local);
  }
  if (cities.length !== candidates.length) return undefined;
  const [first, second] = [...cities].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return first && second && (first.population ?? 0) >= DOMINANCE * (second.population ?? 0)
    ? first
    : undefined;
}

/** The regions and countries a qualifier can name: "Indiana" the state, never Indiana, Pennsylvania. */
export function areasNamed(qualifier: string): Place[] {
  return placesNamed(qualifier).filter((p) => p.kind !== 'city');
}

/**
 * The area a qualifier names: the one holding a candidate, else its only area, else the only one
 * in a candidate's country ("Salem, Georgia": the state). `undefined` when none or several are left.
 */
function qualifierFor(areas: Place[], candidates: Place[]): Place | undefined {
  const holding = areas.find((a) => candidates.some((p) => isWithin(p, a)));
  if (holding || areas.length <= 1) return holding ?? areas[0];
  const local = areas.filter((a) => candidates.some((p) => p.country === a.country));
  return local.length === 1 ? local[0] : undefined;
}

/**
 * How a name resolves. A qualifier that names a region or country decides first, and the name is
 * looked up only inside it (a place named "Salem" next to "Pennsylvania" is never Salem, Oregon:
 * outside the qualifier there is no answer; a qualifier naming several areas is a question). Then
 * the country of the text, then population when one candidate has five times the others'.
 * Anything else is ambiguous.
 */
export function resolveName(name: string, options: ResolveOptions = {}): Resolution {
  const candidates = placesNamed(name);
  const areas = options.region ? areasNamed(options.region) : [];
  if (areas.length > 0) {
    const qualifier = qualifierFor(areas, candidates);
    if (!qualifier) return { reason: 'ambiguous-qualifier', candidates: areas };
    const inside = candidates.filter((p) => isWithin(p, qualifier));
    const place = choose(inside);
    if (place) return { place, qualifier };
    const reason =
      candidates.length === 0 ? 'unknown' : inside.length ? 'ambiguous' : 'outside-qualifier';
    return { reason, candidates: inside, qualifier };
  }
  if (candidates.length === 0) return { reason: 'unknown', candidates };
  const place = choose(candidates, options.country);
  return place ? { place } : { reason: 'ambiguous', candidates };
}

/**
 * The place a name stands for, or `undefined` when the table lacks it or the name stays ambiguous
 * (see {@link resolveName} for the rules).
 */
export function resolvePlace(name: string, options: ResolveOptions = {}): Place | undefined {
  return resolveName(name, options).place;
}
