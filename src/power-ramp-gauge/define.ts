// Registers <lede-power-ramp-gauge>. Importing this module is the side effect.
import { defineElement } from '../core/element/define.js';
import { LedePowerRampGauge } from './power-ramp-gauge.js';

defineElement('lede-power-ramp-gauge', LedePowerRampGauge);

declare global {
  interface HTMLElementTagNameMap {
    'lede-power-ramp-gauge': LedePowerRampGauge;
  }
}

export { LedePowerRampGauge };
// Its types come along, so that `lede-error`'s detail and the element's fields are typed with only
// this entry imported.
export type { LedeErrorDetail, LedeErrorEvent, LedeReadyEvent } from '../core/element/events.js';
export type { LedeIssue } from '../core/data/issues.js';
export type { GaugeStageInput } from './power-ramp-gauge.js';
export type { LedePowerRampGaugeProps } from '../core/element/props.js';
