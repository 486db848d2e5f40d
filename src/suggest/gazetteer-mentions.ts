// Text -> the place names in it, with offsets: runs of capitalised Latin words and runs of kanji or
// katakana the gazetteer knows, each with the region or country named next to it ("Abilene,
// Texas", "Sakai à Osaka", 大阪府堺市) as its qualifier.
import { areasNamed, isWithin, placesNamed, resolvePlace } from './gazetteer.js';
import {
  COMMON,
  FEATURE_WORD,
  NEVER,
  PLACE_WORD,
  PLACE_WORD_BEFORE,
  POSTAL,
  REGION_WORD,
  STATES,
  DIRECTION,
} from './gazetteer-words.js';

export interface Mention {
  /** The name as the text writes it, without its qualifier. */
  name: string;
  /** Offsets of the name and its qualifier together; `quote` is `text.slice(start, end)`. */
  start: number;
  end: number;
  quote: string;
  /** The whole text, for quoting parts of the mention. */
  text: string;
  qualifier?: { name: string; start: number; end: number };
  /** Only a country: context, never a site. */
  country: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  /** A place word goes with a name the table lacks ("Salem Township", "paroisse de Richland"). */
  unknown: boolean;
  /** The text names the area around the place ("the Tokyo region", "les régions de Tokyo"). */
  area: boolean;
}

interface Name {
  name: string;
  start: number;
  end: number;
  unknown: boolean;
}

const WORD = /[\p{Script=Latin}\p{N}]+(?:['’-][\p{Script=Latin}\p{N}]+)*/gu;
// French elisions: the name in "d'Osaka", "l'Ohio" starts after the apostrophe.
const ELISION = /^(?:[dlDL]|[Qq]u|[Jj]usqu|[Ll]orsqu)['’](?=\p{Lu})/u;
const ABBREVIATION = /^(St|Ste|Mt|Ft)$/;
const MAX_WORDS = 6;
const GAP = /^[\s\-'’]*$|^\.\s+$/;
/** What may stand between a place and its region: "Abilene, Texas", "Sakai, in Osaka prefecture", "X, dans le nord-est de la Louisiane". */
const QUALIFIER_AFTER = new RegExp(
  "^(?:,\\s*(?:(?:in|à|au|en|dans|dans l[ae]|dans l['’]|near|près de|près d['’])\\s*)?" +
    `|,\\s*(?:in|dans) (?:the |le |la |l['’])?${DIRECTION} (?:de la |de l['’]|du |de |d['’]|of )?` +
    "|\\s*\\(\\s*|\\s+(?:in|near|outside|à|au|aux|en|dans l[ae]|près de)\\s+|\\s+près d['’])$",
  'i',
);
const AREA_BEFORE =
  /(r[ée]gions? (?:de |d['’]|of )(?:\p{L}+ (?:et|and) (?:de |d['’])?)?|greater |grand |around |autour de |près de |près d['’]|near )$/iu;
const AREA_AFTER = /^( (?:area|region|metropolitan area)\b|圏|地域)/;
const CJK = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
const CJK_SUFFIX = /[市区町村都道府県州]$/;
// 大阪府堺市, テキサス州アビリーン: a region written so, right before a town, is its qualifier.
const PREFECTURE = /[都道府県州]$/;
const ONE_KANJI_BEFORE = /^の?(工場|データセンター|拠点)/;

interface Word {
  w: string;
  start: number;
  end: number;
}

function latinWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const skip = ELISION.exec(m[0])?.[0].length ?? 0;
    return { w: m[0].slice(skip), start: m.index + skip, end: m.index + m[0].length };
  });
}

const capital = (w: Word | undefined) => /^\p{Lu}/u.test(w?.w ?? '');

/** The longest name the table has (or a name with a place word) starting at word `i`. */
function nameAt(text: string, words: Word[], i: number): Name | undefined {
  const first = words[i]!;
  const sentenceStart = /(^|[.!?:\n"“«—]\s*)$/.test(
    text.slice(Math.max(0, first.start - 3), first.start),
  );
  const before = PLACE_WORD_BEFORE.exec(text.slice(Math.max(0, first.start - 14), first.start));
  for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
    const last = words[i + n - 1]!;
    if (!capital(last)) continue;
    const joined = words.slice(i, i + n - 1).every((w, k) => {
      const gap = text.slice(w.end, words[i + k + 1]!.start);
      return GAP.test(gap) && (!gap.startsWith('.') || ABBREVIATION.test(w.w));
    });
    if (!joined) continue;
    const name = text.slice(first.start, last.end);
    const folded = name.toLowerCase();
    if (NEVER.has(folded) || (n === 1 && sentenceStart && COMMON.has(folded))) continue;
    const next = words[i + n];
    const spaced = next && /^\s+$/.test(text.slice(last.end, next.start));
    // A name the table lacks is a run of capitalised words: "Salem Township", not "The campus
    // sits in Salem Township".
    const proper = words.slice(i, i + n).every(capital);
    if (before && proper)
      return {
        name: text.slice(first.start - before[0].length, last.end),
        start: first.start - before[0].length,
        end: last.end,
        unknown: true,
      };
    if (spaced && proper && FEATURE_WORD.test(next.w))
      return { name: '', start: first.start, end: next.end, unknown: true };
    if (spaced && proper && PLACE_WORD.test(next.w))
      return {
        name: text.slice(first.start, next.end),
        start: first.start,
        end: next.end,
        unknown: true,
      };
    if (spaced && REGION_WORD.test(next.w) && placesNamed(`${name} ${next.w}`).length > 0)
      return {
        name: text.slice(first.start, next.end),
        start: first.start,
        end: next.end,
        unknown: false,
      };
    if (placesNamed(name).length > 0)
      return { name, start: first.start, end: last.end, unknown: false };
  }
  return undefined;
}

/** A US state written in AP style or as its postal code after a name: ", Wash.", ", TX", ", IN." at a sentence's end. */
function stateAfter(text: string, at: number): Name | undefined {
  const m = /^,\s*(?:([A-Z][a-z]{1,4})\.|([A-Z]{2})\b(?!['’-]|\.\S))/.exec(text.slice(at, at + 9));
  const state = m && (m[1] ? STATES[m[1]] : POSTAL[m[2]!]);
  if (!m || !state) return undefined;
  const start = at + m[0].indexOf((m[1] ?? m[2])!);
  return { name: state, start, end: at + m[0].length, unknown: false };
}

function latinNames(text: string): Name[] {
  const words = latinWords(text);
  const names: Name[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (
      !capital(w) ||
      (w.w.length <= 3 && w.w === w.w.toUpperCase() && !/^\p{Lu}\p{Ll}/u.test(w.w))
    )
      continue;
    const found = nameAt(text, words, i);
    if (!found) continue;
    if (found.name) names.push(found);
    const state = stateAfter(text, found.end);
    if (state) names.push(state);
    const end = state?.end ?? found.end;
    while (i + 1 < words.length && words[i + 1]!.start < end) i++;
  }
  return names;
}

/** Kanji and katakana names: a name ends with 市, 県, 州... or stands between other scripts. */
function cjkNames(text: string): Name[] {
  const names: Name[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!CJK.test(text[i]!)) continue;
    // One kanji names a place only before a facility: 堺工場, 堺のデータセンター.
    const least = ONE_KANJI_BEFORE.test(text.slice(i + 1, i + 9)) ? 1 : 2;
    for (let n = Math.min(10, text.length - i); n >= least; n--) {
      const name = text.slice(i, i + n);
      if (![...name].every((c) => CJK.test(c)) || placesNamed(name).length === 0) continue;
      const before = names.at(-1)?.end === i || !CJK.test(text[i - 1] ?? '');
      const after =
        !CJK.test(text[i + n] ?? '') ||
        ONE_KANJI_BEFORE.test(text.slice(i + n, i + n + 8)) ||
        placesNamed(text.slice(i + n, i + n + 4)).length > 0;
      if (!CJK_SUFFIX.test(name) && !(before && after) && !/^[\p{Script=Katakana}ー]+$/u.test(name))
        continue;
      names.push({ name, start: i, end: i + n, unknown: false });
      i += n - 1;
      break;
    }
  }
  return names;
}

// A city this large, or a region or country, named before a region that does not hold it is a
// list, not a town and its qualifier: "Chicago, New York and Atlanta", "Mumbai, Delhi".
const LISTED = 100000;

/**
 * Whether `area` is the qualifier of the name before it: it names a region or country (over a
 * town of the same name: "New Carlisle, Indiana" is the state), and either holds a place the name
 * could be, or the name is a town of its own in the area's country (Salem, New Carlisle) while
 * only a comma, which may also join a list, stands between them.
 */
function holds(area: string, name: Name, comma: boolean): boolean {
  const areas = areasNamed(area);
  if (areas.length === 0) return false;
  if (name.unknown) return areas.some((a) => a.kind === 'region');
  const candidates = placesNamed(name.name);
  if (candidates.some((p) => areas.some((a) => isWithin(p, a)))) return true;
  // A town known only in other countries than the area's is beside a namesake of a place the
  // table lacks: "Talavera de la Reina, Toledo" is the Spanish province, not Toledo, Belize.
  if (!candidates.some((p) => areas.some((a) => a.country === p.country))) return false;
  if (!comma) return true;
  const alone = resolvePlace(name.name);
  return !candidates.some((p) => p.kind !== 'city') && (alone?.population ?? 0) < LISTED;
}

function quotedRanges(text: string): [number, number][] {
  return [...text.matchAll(/“[^”]*”|«[^»]*»|"[^"\n]*"/g)].map((m) => [
    m.index,
    m.index + m[0].length,
  ]);
}

/** The place names of a text in order, each with its qualifier when one is named next to it. */
export function findMentions(text: string): Mention[] {
  const names = [...latinNames(text), ...cjkNames(text)].sort((a, b) => a.start - b.start);
  const quoted = quotedRanges(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1];
    let qualifier: Name | undefined;
    let start = a.start;
    let end = a.end;
    const gap = b && text.slice(a.end, b.start);
    if (b && QUALIFIER_AFTER.test(gap!) && holds(b.name, a, /^,\s*$/.test(gap!))) {
      qualifier = b;
      end = b.end;
      if (text[a.end] !== ',' && text.slice(a.end, b.start).includes('(') && text[b.end] === ')')
        end++;
      i++;
    } else if (
      b &&
      /^[の・]?$/.test(gap!) &&
      CJK.test(a.name) &&
      holds(a.name, b, gap === '・' || !PREFECTURE.test(a.name))
    ) {
      qualifier = a;
      start = a.start;
      end = b.end;
      i++;
    }
    const named = qualifier === a ? b! : a;
    const candidates = placesNamed(named.name);
    mentions.push({
      name: named.name,
      start,
      end,
      quote: text.slice(start, end),
      text,
      ...(qualifier
        ? { qualifier: { name: qualifier.name, start: qualifier.start, end: qualifier.end } }
        : {}),
      country: candidates.length > 0 && candidates.every((p) => p.kind === 'country'),
      quoted: quoted.some(([s, e]) => named.start > s && named.end < e),
      unknown: named.unknown,
      area:
        AREA_BEFORE.test(text.slice(Math.max(0, named.start - 30), named.start)) ||
        AREA_AFTER.test(text.slice(named.end, named.end + 24)),
    });
  }
  return mentions;
}
