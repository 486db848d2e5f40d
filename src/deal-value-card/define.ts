// Registers <lede-deal-value-card>. Importing this module is the side effect.
import { defineElement } from '../core/element/define.js';
import { LedeDealValueCard } from './deal-value-card.js';

defineElement('lede-deal-value-card', LedeDealValueCard);

declare global {
  interface HTMLElementTagNameMap {
    'lede-deal-value-card': LedeDealValueCard;
  }
}

export { LedeDealValueCard };
// Its types come along, so that `lede-error`'s detail and the element's fields are typed with only
// this entry imported.
export type { LedeErrorDetail, LedeErrorEvent, LedeReadyEvent } from '../core/element/events.js';
export type { LedeIssue } from '../core/data/issues.js';
export type { ComparisonInput } from './deal-value-card.js';
export type { LedeDealValueCardProps } from '../core/element/props.js';
