// Guarded registration: a second copy of Lede on the page (another embed, another build) must not
// throw "already defined" into the host page. The first registration wins, and this copy says so
// once, however many of its elements it leaves to the other.

let noted = false;

export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== element && !noted) {
      noted = true;
      console.info(
        `Lede: another copy of Lede on this page already defines <${tag}>; keeping that copy's elements and not registering this copy's.`,
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`Lede: could not define <${tag}>:`, error);
  }
}
