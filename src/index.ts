// Classes, types and pure helpers. No side effects: importing this registers no element.
export { LedeElement } from './core/element/lede-element.js';
export { defineElement } from './core/element/define.js';
export type { LedeErrorDetail, LedeErrorEvent, LedeReadyEvent } from './core/element/events.js';
export type { LedeIssue } from './core/data/issues.js';
export type {
  LedeProps,
  LedePowerRampGaugeProps,
  LedeSiteMapProps,
  LedeDealValueCardProps,
  LedeEvents,
  LedeSiteMapEvents,
  LedeElements,
} from './core/element/props.js';
export { formatPower, type PowerUnit } from './core/format/power.js';
export { formatMoney, type MoneyOptions } from './core/format/money.js';
export { LedePowerRampGauge, type GaugeStageInput } from './power-ramp-gauge/power-ramp-gauge.js';
export { parseGauge, type GaugeModel, type GaugeStage } from './power-ramp-gauge/model.js';
export { describeGauge } from './power-ramp-gauge/describe.js';
export { gaugeLayout } from './power-ramp-gauge/layout.js';
export { LedeSiteMap, type SiteInput, type LedeSelectDetail } from './site-map/site-map.js';
export { parseSiteMap, sitesInRegion, type SiteMapModel, type Site } from './site-map/model.js';
export { siteMapLayout } from './site-map/layout.js';
export { describeMap } from './site-map/describe.js';
export { LedeDealValueCard, type ComparisonInput } from './deal-value-card/deal-value-card.js';
export { parseDeal, type DealModel } from './deal-value-card/model.js';
export { describeDeal } from './deal-value-card/describe.js';
