// Typed events every Lede element fires.
import type { LedeIssue } from '../data/issues.js';

export interface LedeErrorDetail {
  /** Every current problem with the element's inputs, fatal or not. */
  issues: LedeIssue[];
}

export type LedeErrorEvent = CustomEvent<LedeErrorDetail>;
export type LedeReadyEvent = CustomEvent<undefined>;

declare global {
  interface HTMLElementEventMap {
    'lede-error': LedeErrorEvent;
    'lede-ready': LedeReadyEvent;
  }
}
