// Text -> the place names in it, with offsets: runs of capitalised Latin words and runs of kanji or
// katakana the gazetteer knows, each with the region or country named next to it ("Abilene,
// Texas", "Sakai à Osaka", 大阪府堺市) as its qualifier.
import { isWithin, placesNamed, resolveName } from './gazetteer.js';

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
  /** A place word follows a name the table lacks ("Salem Township", "Richland Parish"). */
  unknown: boolean;
}

interface Name {
  name: string;
  start: number;
  end: number;
  unknown: boolean;
}

const WORD = /[\p{Script=Latin}\p{N}]+(?:['’-][\p{Script=Latin}\p{N}]+)*/gu;
const ABBREVIATION = /^(St|Ste|Mt|Ft)$/;
const PLACE_WORD =
  /^(Township|County|Parish|Borough|Village|Heights|Springs|Beach|Falls|Valley|Hills|Creek|Park)$/;
// Capitalised at the start of a sentence, and the name of some town somewhere.
const COMMON = new Set(
  'the a an of in on at to for and or but as by with this that these those its it is was will has have had new more most many some also however while after before during under over about according power energy plans plan data center centre construction site sites campus plant work works industry union victoria mobile reading split nice orange le la les un une des du de et en dans pour par sur avec ce cette ces il elle ils elles selon mais ou après avant plus'.split(
    ' ',
  ),
);
const MAX_WORDS = 6;
const GAP = /^[\s\-'’]*$|^\.\s+$/;
const QUALIFIER_AFTER =
  /^(?:,\s*|\s*\(\s*|\s+(?:in|near|outside|à|au|aux|en|dans l[ae]|près de)\s+)$/;
const CJK = /[\p{Script=Han}\p{Script=Katakana}ー]/u;
const CJK_SUFFIX = /[市区町村都道府県州]$/;

function latinNames(text: string): Name[] {
  const words = [...text.matchAll(WORD)].map((m) => ({
    w: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const names: Name[] = [];
  const capital = (i: number) => /^\p{Lu}/u.test(words[i]?.w ?? '');
  for (let i = 0; i < words.length; i++) {
    if (!capital(i) || (words[i]!.w.length <= 3 && words[i]!.w === words[i]!.w.toUpperCase()))
      continue;
    const sentenceStart = /(^|[.!?:\n"“«]\s*)$/.test(
      text.slice(Math.max(0, words[i]!.start - 3), words[i]!.start),
    );
    let found: Name | undefined;
    for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
      const last = words[i + n - 1]!;
      if (!capital(i + n - 1)) continue;
      const gaps = words
        .slice(i, i + n - 1)
        .map((w, k) => text.slice(w.end, words[i + k + 1]!.start));
      if (
        !gaps.every(
          (g, k) => GAP.test(g) && (g.startsWith('.') ? ABBREVIATION.test(words[i + k]!.w) : true),
        )
      )
        continue;
      const name = text.slice(words[i]!.start, last.end);
      if (n === 1 && sentenceStart && COMMON.has(name.toLowerCase())) continue;
      const next = words[i + n];
      const followedByPlaceWord =
        next && PLACE_WORD.test(next.w) && /^\s+$/.test(text.slice(last.end, next.start));
      if (followedByPlaceWord)
        found = {
          name: text.slice(words[i]!.start, next.end),
          start: words[i]!.start,
          end: next.end,
          unknown: true,
        };
      else if (placesNamed(name).length > 0)
        found = { name, start: words[i]!.start, end: last.end, unknown: false };
    }
    if (found) {
      names.push(found);
      while (i + 1 < words.length && words[i + 1]!.start < found.end) i++;
    }
  }
  return names;
}

/** Kanji and katakana names: a name ends with 市, 県, 州... or stands between other scripts. */
function cjkNames(text: string): Name[] {
  const names: Name[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!CJK.test(text[i]!)) continue;
    for (let n = Math.min(10, text.length - i); n >= 2; n--) {
      const name = text.slice(i, i + n);
      if (![...name].every((c) => CJK.test(c)) || placesNamed(name).length === 0) continue;
      const before = names.at(-1)?.end === i || !CJK.test(text[i - 1] ?? '');
      const after =
        !CJK.test(text[i + n] ?? '') || placesNamed(text.slice(i + n, i + n + 4)).length > 0;
      if (!CJK_SUFFIX.test(name) && !(before && after) && !/^[\p{Script=Katakana}ー]+$/u.test(name))
        continue;
      names.push({ name, start: i, end: i + n, unknown: false });
      i += n - 1;
      break;
    }
  }
  return names;
}

/** Whether `area` names a region or country holding a place `name` could be. */
function holds(area: string, name: Name): boolean {
  const areas = placesNamed(area).filter((p) => p.kind !== 'city');
  if (areas.length === 0) return false;
  if (name.unknown) return areas.some((a) => a.kind === 'region');
  const r = resolveName(name.name, { region: area });
  const inside = r.place ? [r.place] : r.candidates;
  return areas.some((a) => inside.some((p) => isWithin(p, a)));
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
    if (b && QUALIFIER_AFTER.test(text.slice(a.end, b.start)) && holds(b.name, a)) {
      qualifier = b;
      end = b.end;
      if (text[a.end] !== ',' && text.slice(a.end, b.start).includes('(') && text[b.end] === ')')
        end++;
      i++;
    } else if (
      b &&
      /^の?$/.test(text.slice(a.end, b.start)) &&
      CJK.test(a.name) &&
      holds(a.name, b)
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
    });
  }
  return mentions;
}
