// suggest() and its gazetteer are loaded on first use, in a chunk of their own: the page paints
// and takes input before they arrive.
import type { Suggestion, SuggestOptions } from '../suggest/types.js';

type Suggest = (text: string, options?: SuggestOptions) => Suggestion;
let loading: Promise<Suggest> | undefined;

/** suggest(), loaded once. */
export function loadSuggest(): Promise<Suggest> {
  loading ??= import('../suggest/index.js').then((m) => m.suggest);
  return loading;
}
