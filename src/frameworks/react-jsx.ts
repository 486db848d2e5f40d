// Types for React 19 JSX: `import type {} from 'lede-widgets/react-jsx'` once in an app declares
// the three elements in JSX.IntrinsicElements, with their fields as properties (React 19 sets a
// custom element's known properties, arrays and objects included) and their events as
// `onlede-ready`, `onlede-error` and `onlede-select` (React 19 listens to `on` + the event's name).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LedeElements } from '../core/element/props.js';

/** Listeners by React 19's prop names: `on` followed by the event's exact name. */
type Listeners<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

export type LedeReactElement<Tag extends keyof LedeElements> = DetailedHTMLProps<
  HTMLAttributes<LedeElements[Tag]['element']>,
  LedeElements[Tag]['element']
> &
  LedeElements[Tag]['props'] &
  Listeners<LedeElements[Tag]['events']> & { class?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'lede-power-ramp-gauge': LedeReactElement<'lede-power-ramp-gauge'>;
      'lede-site-map': LedeReactElement<'lede-site-map'>;
      'lede-deal-value-card': LedeReactElement<'lede-deal-value-card'>;
    }
  }
}
