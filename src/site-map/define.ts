// Registers <lede-site-map>. Importing this module is the side effect.
import { defineElement } from '../core/element/define.js';
import { LedeSiteMap } from './site-map.js';

defineElement('lede-site-map', LedeSiteMap);

declare global {
  interface HTMLElementTagNameMap {
    'lede-site-map': LedeSiteMap;
  }
}

export { LedeSiteMap };
