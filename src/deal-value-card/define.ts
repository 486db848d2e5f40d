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
