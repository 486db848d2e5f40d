// Words every widget shares, per language: the source line, the error box, and the note that some
// items were left out. Widget-specific words live beside each widget.
import type { LedeIssue } from '../data/issues.js';
import type { Language } from './locale.js';

/** What a widget's items are, named after the field that lists them. */
type Item = 'site' | 'stage' | 'comparison' | 'item';
const ITEMS: Record<string, Item> = { sites: 'site', stages: 'stage', compare: 'comparison' };

export interface CoreMessages {
  /** Prefix of the source line: "Source: SoftBank". */
  source: (text: string) => string;
  /** Title of the message shown when a widget cannot draw. */
  cannotDraw: string;
  /** A field's name quoted in a sentence: “stages”, « stages », 「stages」. */
  quote: (name: string) => string;
  /** The reader's sentence under the title: the fields (quoted and listed) could not be read. */
  unreadable: (fields: string) => string;
  /** A note under the chart: `count` items left out. */
  dropped: (count: number, item: Item) => string;
}

const EN: Record<Item, string> = {
  site: 'site',
  stage: 'stage',
  comparison: 'comparison',
  item: 'item',
};
/** French nouns and whether they are feminine (the participle agrees with them). */
const FR: Record<Item, [string, boolean]> = {
  site: ['site', false],
  stage: ['étape', true],
  comparison: ['comparaison', true],
  item: ['élément', false],
};
const JA: Record<Item, string> = { site: '地点', stage: '段階', comparison: '比較', item: '項目' };

export const CORE_MESSAGES: Record<Language, CoreMessages> = {
  en: {
    source: (t) => `Source: ${t}`,
    cannotDraw: 'This chart cannot be shown',
    quote: (n) => `“${n}”`,
    unreadable: (f) => `The data in ${f} could not be read.`,
    dropped: (n, item) => `${n} ${EN[item]}${n === 1 ? '' : 's'} could not be shown.`,
  },
  fr: {
    source: (t) => `Source\u00a0: ${t}`,
    cannotDraw: 'Ce graphique ne peut pas s’afficher',
    quote: (n) => `«\u00a0${n}\u00a0»`,
    unreadable: (f) => `Les données de ${f} n’ont pas pu être lues.`,
    dropped: (n, item) => {
      const [noun, feminine] = FR[item];
      const plural = n >= 2 ? 's' : '';
      const shown = `affiché${feminine ? 'e' : ''}${plural}`;
      return `${n}\u00a0${noun}${plural} ${n >= 2 ? 'n’ont' : 'n’a'} pas pu être ${shown}.`;
    },
  },
  ja: {
    source: (t) => `出典：${t}`,
    cannotDraw: 'このグラフは表示できません',
    quote: (n) => `「${n}」`,
    unreadable: (f) => `${f}のデータを読み取れませんでした。`,
    dropped: (n, item) => `${JA[item]}${n}件を表示できませんでした。`,
  },
};

const lists = new Map<string, Intl.ListFormat>();

/** "“amount” and “currency”": names joined the locale's way. */
function listOf(names: readonly string[], locale: string): string {
  let format = lists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, format);
  }
  return format.format(names);
}

/** The field an issue is about: `stages` for `stages[1].value`. */
const fieldOf = (attribute: string): string => /^[^[.]*/.exec(attribute)![0] || attribute;

/** The reader's sentence for the errors that keep a widget from drawing, in the widget's language. */
export function unreadableSentence(
  errors: readonly LedeIssue[],
  language: Language,
  locale: string,
): string {
  const words = CORE_MESSAGES[language];
  const fields = [...new Set(errors.map((i) => fieldOf(i.attribute)))];
  return words.unreadable(listOf(fields.map(words.quote), locale));
}

/**
 * The note for issues that left items out while the rest was drawn ("1 site could not be shown."),
 * one sentence per field, counting each item once; undefined when nothing was left out.
 */
export function droppedNote(issues: readonly LedeIssue[], language: Language): string | undefined {
  const items = new Map<string, Set<string>>();
  for (const i of issues) {
    if (!i.dropped) continue;
    const field = fieldOf(i.attribute);
    const item = /^[^\]]*\]?/.exec(i.attribute)![0];
    items.set(field, (items.get(field) ?? new Set()).add(item));
  }
  if (items.size === 0) return undefined;
  const words = CORE_MESSAGES[language];
  return [...items]
    .map(([field, found]) => words.dropped(found.size, ITEMS[field] ?? 'item'))
    .join(language === 'ja' ? '' : ' ');
}
