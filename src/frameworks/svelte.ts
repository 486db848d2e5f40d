// Types for Svelte 5 markup: `import type {} from 'lede-widgets/svelte'` once in an app (in
// src/app.d.ts, say) types the three elements' fields and their events (`onlede-ready`,
// `onlede-error`, `onlede-select`) for svelte-check and editors.
import type { HTMLAttributes } from 'svelte/elements';
import type { LedeElements } from '../core/element/props.js';

/** Listeners by Svelte 5's attribute names: `on` followed by the event's exact name. */
type Listeners<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

export type LedeSvelteElement<Tag extends keyof LedeElements> = Omit<
  HTMLAttributes<LedeElements[Tag]['element']>,
  keyof LedeElements[Tag]['props']
> &
  LedeElements[Tag]['props'] &
  Listeners<LedeElements[Tag]['events']>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'lede-power-ramp-gauge': LedeSvelteElement<'lede-power-ramp-gauge'>;
    'lede-site-map': LedeSvelteElement<'lede-site-map'>;
    'lede-deal-value-card': LedeSvelteElement<'lede-deal-value-card'>;
  }
}
