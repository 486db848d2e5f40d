// What an element passes layouts as its typeset's `phrases`: BudouX's Japanese phrases once they
// have loaded, for widgets whose language is Japanese; until then (and in other languages) none,
// and lines break by rule. The phrase breaker is its own chunk, fetched by the first such widget.
import type { Language } from '../format/locale.js';

let loaded: ((text: string) => string[]) | undefined;
let loading: Promise<void> | undefined;
let failed = false;

/**
 * The phrases of Japanese text for a widget in `language`; undefined until loaded, when
 * `requestUpdate` is called to lay the widget out again with them. Should the module fail to load
 * (offline, blocked), lines keep breaking by rule and no update is asked for again.
 */
export function japanesePhrases(
  language: Language,
  requestUpdate: () => void,
): ((text: string) => string[]) | undefined {
  if (language !== 'ja' || loaded || failed) return language === 'ja' ? loaded : undefined;
  loading ??= import('./japanese.js').then(
    (m) => void (loaded = m.phrases),
    () => void (failed = true),
  );
  void loading.then(requestUpdate);
  return undefined;
}
