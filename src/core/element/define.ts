// Guarded registration: a second copy of Lede on the page (another embed, another build) must not
// throw "already defined" into the host page. The first registration wins, and this copy says so
// once, however many of its elements it leaves to the other.

let noted = false;
let hydration: Promise<void> | undefined;

/**
 * Registers `element` as `tag`. When the page already holds server-rendered `tag` elements
 * (declarative shadow DOM), it first loads Lit's hydration support, so that they take over the
 * server's drawing; other pages register at once and never load it.
 *
 * While that load is on its way, the class already has its property accessors: Lit creates them
 * when it finalizes a class, at `define` by default, and a framework that hydrates the server's
 * elements (Astro's Lit integration) sets only the props it finds `in` the prototype, then lets
 * the element hydrate. Without them it would skip every prop and the widgets would draw empty.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const rendered = [...(globalThis.document?.getElementsByTagName(tag) ?? [])];
  if (!rendered.some((e) => e.shadowRoot)) {
    register(registry, tag, element);
    return;
  }
  finalize(element);
  hydration ??= import('./hydrate-support.js').then((m) => m.installHydration(element));
  void hydration
    .catch((error: unknown) => console.warn('Lede: could not load hydration support:', error))
    .then(() => register(registry, tag, element));
}

/** Lit's static `finalize()` (protected; idempotent): creates the accessors of `properties`. */
function finalize(element: CustomElementConstructor): void {
  (element as unknown as { finalize?: () => void }).finalize?.();
}

function register(
  registry: CustomElementRegistry,
  tag: string,
  element: CustomElementConstructor,
): void {
  const existing = registry.get(tag);
  if (existing) {
    // In a browser only: a server (Next.js, say) may load the package twice into one registry.
    if (existing !== element && !noted && globalThis.document) {
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
