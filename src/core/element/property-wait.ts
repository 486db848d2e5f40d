// Waiting for data a framework wrote as `[object Object]` text: its server render (SvelteKit's
// prerender, say) put the object in an attribute, and its hydration sets the property later.
import type { ReactiveControllerHost } from 'lit';
import { ObjectText } from '../data/json.js';

/**
 * How long after the page's `load`, or after the widget first saw the text when that is later, the
 * widget waits before it reports the text. A framework sets the properties as it hydrates, which
 * may come well after `load` (SvelteKit 2 starts from dynamic imports, which `load` does not wait
 * for) but follows soon after the widget's first update when the app's bundle also defines the
 * elements: the wait then starts only once that bundle is here. Measured on the SvelteKit example
 * (props after define): 70-170 ms; 80-340 ms with the CPU slowed 4-6 times, also on a 50 KB/s
 * network with 400 ms latency, where `load` came 5 s before the define. Three seconds leave ten
 * times that. Only a page that never sets the property waits them out, its box reserved, before it
 * sees the error; a page that defines the elements from an earlier script (a script-tag bundle)
 * while its framework's bundle is slow may see the error shortly, until the properties come.
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
