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
// Its types come along, so that `lede-error`'s detail and the element's fields are typed with only
// this entry imported.
export type { LedeErrorDetail, LedeErrorEvent, LedeReadyEvent } from '../core/element/events.js';
export type { LedeIssue } from '../core/data/issues.js';
export type { SiteInput, LedeSelectDetail } from './site-map.js';
export type { LedeSiteMapProps } from '../core/element/props.js';
