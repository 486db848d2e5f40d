// Guarded registration: a second copy of Lede on the page (another embed, another build) must not
// throw "already defined" into the host page. The first registration wins.

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== element) {
      console.info(`Lede: <${tag}> is already defined by another copy of Lede; keeping that one.`);
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`Lede: could not define <${tag}>:`, error);
  }
}
