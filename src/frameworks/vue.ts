// Types for Vue 3 templates: `import type {} from 'lede-widgets/vue'` once in an app (with Vue's
// `compilerOptions.isCustomElement` letting `lede-` tags through) types the three elements'
// fields and their events (`@lede-ready`, `@lede-error`, `@lede-select`) for vue-tsc and editors.
import type { DefineComponent } from 'vue';
import type { LedeElements } from '../core/element/props.js';

/** Listeners by Vue's prop names: `lede-ready` is `onLedeReady`. */
type Listeners<Events> = {
  [K in keyof Events & string as `on${Capitalize<CamelCase<K>>}`]?: (event: Events[K]) => void;
};
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

export type LedeVueElement<Tag extends keyof LedeElements> = DefineComponent<
  LedeElements[Tag]['props'] & Listeners<LedeElements[Tag]['events']>
>;

declare module 'vue' {
  interface GlobalComponents {
    'lede-power-ramp-gauge': LedeVueElement<'lede-power-ramp-gauge'>;
    'lede-site-map': LedeVueElement<'lede-site-map'>;
    'lede-deal-value-card': LedeVueElement<'lede-deal-value-card'>;
  }
}
