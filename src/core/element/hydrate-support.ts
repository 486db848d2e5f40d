// Loaded on demand, only on pages that hold server-rendered widgets: Lit's hydration support,
// which lets an element take over the declarative shadow DOM a server wrote instead of drawing
// afresh. It patches the LitElement the widgets extend, before they are defined. The script-tag
// bundles get this module as a self-contained file (see rollup.config.mjs).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Hook = (lit: { LitElement: CustomElementConstructor }) => void;

/**
 * Patches `element`'s LitElement once. A page may also have loaded the support itself, before Lit:
 * the patch then already gave LitElement its own `observedAttributes`.
 */
export function installHydration(element: CustomElementConstructor): void {
  // LitElement is the class in the chain that carries Lit's `_$litElement$` marker itself.
  let base: unknown = element;
  while (base && !Object.hasOwn(base, '_$litElement$')) base = Object.getPrototypeOf(base);
  const hook = (globalThis as { litElementHydrateSupport?: Hook }).litElementHydrateSupport;
  if (base && hook && !Object.hasOwn(base, 'observedAttributes')) {
    hook({ LitElement: base as CustomElementConstructor });
  }
}
