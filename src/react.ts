'use client';
// `lede-widgets/react`: the three widgets as React components (built on @lit/react), for React 19
// apps with or without server rendering (Next.js client components). Arrays and objects are set
// as properties and `onReady`/`onError`/`onSelect` listen to `lede-*` events, whether React
// renders the element on the client or takes over server HTML (hydration), where React 19 itself
// drops both from plain custom elements. Importing this module registers no element: each tag is
// registered when a component first mounts, after its properties are set, so that a widget never
// draws once without its data.
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { defineElement } from './core/element/define.js';
import type { LedeErrorEvent, LedeReadyEvent } from './core/element/events.js';
import { LedeDealValueCard } from './deal-value-card/deal-value-card.js';
import { LedePowerRampGauge } from './power-ramp-gauge/power-ramp-gauge.js';
import { LedeSiteMap, type LedeSelectDetail } from './site-map/site-map.js';

const events = {
  onReady: 'lede-ready' as EventName<LedeReadyEvent>,
  onError: 'lede-error' as EventName<LedeErrorEvent>,
};
const mapEvents = {
  ...events,
  onSelect: 'lede-select' as EventName<CustomEvent<LedeSelectDetail>>,
};

type Events = typeof events;
type MapEvents = typeof mapEvents;

/**
 * @lit/react's component for `tagName`, which registers the element in a layout effect. The
 * inner component's layout effect (which sets the properties) runs before this one, so an element
 * from server HTML upgrades with its data already on it instead of first reporting it missing.
 */
function wrap<I extends HTMLElement, E extends Events>(
  tagName: string,
  elementClass: { new (): I },
  displayName: string,
  events: E,
): ReactWebComponent<I, E> {
  // @lit/react tells properties from attributes by `name in prototype`, and Lit creates the
  // accessors of `static properties` when it finalizes the class, which registration does: this
  // happens before the first render instead, or `stages` would reach React as an attribute.
  (elementClass as unknown as { finalize(): void }).finalize();
  const Element: React.ElementType = createComponent({
    react: React,
    tagName,
    elementClass,
    events,
    displayName,
  });
  const Widget = React.forwardRef<I, object>((props, ref) => {
    React.useLayoutEffect(() => defineElement(tagName, elementClass), []);
    return React.createElement(Element, { ...props, ref });
  });
  Widget.displayName = displayName;
  return Widget;
}

/** `<lede-power-ramp-gauge>`: `stages` as an array, `onReady`, `onError`. */
export const PowerRampGauge = wrap(
  'lede-power-ramp-gauge',
  LedePowerRampGauge,
  'PowerRampGauge',
  events,
);

/** `<lede-site-map>`: `sites` as an array, `onReady`, `onError`, `onSelect` (`detail.site`). */
export const SiteMap: ReactWebComponent<LedeSiteMap, MapEvents> = wrap(
  'lede-site-map',
  LedeSiteMap,
  'SiteMap',
  mapEvents,
);

/** `<lede-deal-value-card>`: `compare` as an array, `onReady`, `onError`. */
export const DealValueCard = wrap(
  'lede-deal-value-card',
  LedeDealValueCard,
  'DealValueCard',
  events,
);

export type PowerRampGaugeProps = React.ComponentProps<typeof PowerRampGauge>;
export type SiteMapProps = React.ComponentProps<typeof SiteMap>;
export type DealValueCardProps = React.ComponentProps<typeof DealValueCard>;
