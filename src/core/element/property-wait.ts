// Waiting for data a framework wrote as `[object Object]` text: its server render (SvelteKit's
// prerender, say) put the object in an attribute, and its hydration sets the property later.
import type { ReactiveControllerHost } from 'lit';
import { ObjectText } from '../data/json.js';

/**
 * How long after the page's `load` (or after the widget first saw the text, when later) the widget
 * waits before it reports the text. A framework sets properties when it hydrates, which runs after
 * its scripts have loaded, and may well come after `load`: SvelteKit 2 starts from dynamic
 * imports, which `load` does not wait for, and its hydration set the props 150-330 ms after
 * `load` on the machine the examples are checked on (70-170 ms after the elements were defined).
 * Three seconds leave a slow phone ten times that; only a page that never sets the property
 * waits them out, with the box reserved, before it sees the error.
 */
export const PROPERTY_WAIT_MS = 3000;

let pageLoaded: Promise<void> | undefined;

function afterLoad(): Promise<void> {
  pageLoaded ??= new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', () => resolve(), { once: true });
  });
  return pageLoaded;
}

/** Tells whether a widget is still waiting for properties a framework will set in place of text. */
export class PropertyWait {
  #state: 'idle' | 'waiting' | 'over' = 'idle';

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * True while any of `values` is `[object Object]` text and the wait has not run out; the first
   * such call starts the wait. Once it has run out, text that comes back is reported at once.
   */
  waiting(values: Iterable<unknown>): boolean {
    if (![...values].some((v) => v instanceof ObjectText)) return false;
    if (this.#state === 'idle') {
      this.#state = 'waiting';
      void afterLoad()
        .then(() => new Promise((resolve) => setTimeout(resolve, PROPERTY_WAIT_MS)))
        .then(() => {
          this.#state = 'over';
          this.host.requestUpdate();
        });
    }
    return this.#state === 'waiting';
  }
}
