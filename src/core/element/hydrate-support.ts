// Loaded on demand, only on pages that hold server-rendered widgets: Lit's hydration support,
// which lets an element take over the declarative shadow DOM a server wrote instead of drawing
// afresh. It must patch LitElement before the elements are defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

declare global {
  // Set by the module imported above; Lit calls it when LitElement loads after it.
  var litElementHydrateSupport: ((lit: { LitElement: typeof LitElement }) => void) | undefined;
}

/**
 * Patches LitElement once. A page may also have loaded the support itself, before Lit: the patch
 * then already gave LitElement its own `observedAttributes`.
 */
export function installHydration(): void {
  if (!Object.hasOwn(LitElement, 'observedAttributes')) {
    globalThis.litElementHydrateSupport?.({ LitElement });
  }
}
