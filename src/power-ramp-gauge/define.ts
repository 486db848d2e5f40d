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
