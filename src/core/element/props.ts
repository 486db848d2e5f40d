// The fields of each element as a framework sets them: property names, every one optional. The
// framework typings (src/frameworks/) build their element types from these.
import type { LedeElement } from './lede-element.js';
import type { LedeErrorEvent, LedeReadyEvent } from './events.js';
import type { LedePowerRampGauge } from '../../power-ramp-gauge/power-ramp-gauge.js';
import type { LedeSelectDetail, LedeSiteMap } from '../../site-map/site-map.js';
import type { LedeDealValueCard } from '../../deal-value-card/deal-value-card.js';

/** The fields every widget takes. */
export type LedeProps = Partial<
  Pick<
    LedeElement,
    'locale' | 'theme' | 'heading' | 'source' | 'noAnimation' | 'src' | 'loading' | 'layoutWidth'
  >
>;

/** The fields of `<lede-power-ramp-gauge>`. */
export type LedePowerRampGaugeProps = LedeProps &
  Partial<Pick<LedePowerRampGauge, 'stages' | 'unit' | 'displayUnit' | 'max' | 'current'>>;

/** The fields of `<lede-site-map>`. */
export type LedeSiteMapProps = LedeProps &
  Partial<Pick<LedeSiteMap, 'region' | 'sites' | 'highlight' | 'projection'>>;

/** The fields of `<lede-deal-value-card>`. */
export type LedeDealValueCardProps = LedeProps &
  Partial<
    Pick<
      LedeDealValueCard,
      | 'amount'
      | 'currency'
      | 'convertedAmount'
      | 'convertedCurrency'
      | 'label'
      | 'buyer'
      | 'seller'
      | 'date'
      | 'compare'
      | 'precision'
    >
  >;

/** The events of each element, by event name. */
export interface LedeEvents {
  'lede-error': LedeErrorEvent;
  'lede-ready': LedeReadyEvent;
}
export interface LedeSiteMapEvents extends LedeEvents {
  'lede-select': CustomEvent<LedeSelectDetail>;
}

/** Each element's class, fields and events, by tag name. */
export interface LedeElements {
  'lede-power-ramp-gauge': {
    element: LedePowerRampGauge;
    props: LedePowerRampGaugeProps;
    events: LedeEvents;
  };
  'lede-site-map': { element: LedeSiteMap; props: LedeSiteMapProps; events: LedeSiteMapEvents };
  'lede-deal-value-card': {
    element: LedeDealValueCard;
    props: LedeDealValueCardProps;
    events: LedeEvents;
  };
}
