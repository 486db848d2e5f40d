// Redraws hosts when the page around them changes what they draw: an ancestor's `lang` or
// `data-theme` (a site's theme toggle), or the page's colour scheme (a class or style on the root or
// the body, a `<meta name="color-scheme">` or a stylesheet in the head). One pair of
// MutationObservers serves every widget on the page. Not observed: classes and styles on other
// ancestors, and CSSOM edits; those take effect at the widget's next update.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let observers: MutationObserver[] = [];
let stopMedia: (() => void) | undefined;
/** Each host's colour scheme as last read; forgotten when the page may have changed it. */
let schemes = new WeakMap<object, string>();

/**
 * The colour scheme the page gives `element`: its computed `color-scheme`, else (when `normal`)
 * the page's `<meta name="color-scheme">`. Reading computed style brings style up to date: the
 * value is kept until the page changes (see `observe`), and when it must be read, it is read for
 * every widget that needs it at once, one style update for all (3,000 widgets attached and
 * detached: 31 s reading each on its own updates, against 10 s without reading).
 */
export function pageColorScheme(element: Element): string {
  if (!schemes.has(element)) {
    for (const host of [element, ...hosts]) {
      if (host instanceof Element && host.isConnected && !schemes.has(host)) {
        schemes.set(host, readScheme(host));
      }
    }
  }
  return schemes.get(element) ?? readScheme(element);
}

function readScheme(element: Element): string {
  const computed = getComputedStyle(element).colorScheme;
  if (computed && computed !== 'normal') return computed;
  const meta = element.ownerDocument.querySelector('meta[name="color-scheme" i]');
  return meta?.getAttribute('content') ?? computed;
}

/** Test hook (leaks.test.ts): how many hosts follow the page's lang and data-theme. */
export const watchedCount = (): number => hosts.size;

const setsScheme = (node: Node): boolean =>
  node instanceof HTMLMetaElement ||
  node instanceof HTMLStyleElement ||
  node instanceof HTMLLinkElement;

function observe(): void {
  const redraw = () => hosts.forEach((h) => h.requestUpdate());
  const context = new MutationObserver(redraw);
  const rescheme = () => {
    schemes = new WeakMap();
    redraw();
  };
  context.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'data-theme'],
  });
  const scheme = new MutationObserver(rescheme);
  for (const root of [document.documentElement, document.body]) {
    if (root) scheme.observe(root, { attributes: true, attributeFilter: ['class', 'style'] });
  }
  // In the head, only what can set a colour scheme: meta tags, style sheets and their links (ad and
  // analytics scripts come and go there too, and must not redraw every widget).
  const head = new MutationObserver((records) => {
    if (records.some((r) => [r.target, ...r.addedNodes, ...r.removedNodes].some(setsScheme)))
      rescheme();
  });
  if (document.head) {
    head.observe(document.head, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['content', 'name', 'media', 'disabled', 'href'],
    });
  }
  observers = [context, scheme, head];
  // A page's `@media (prefers-color-scheme: dark)` rules may change its scheme.
  const dark = matchMedia('(prefers-color-scheme: dark)');
  dark.addEventListener('change', rescheme);
  stopMedia = () => dark.removeEventListener('change', rescheme);
}

export class PageContextController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere in the page: under another ancestor's scheme, maybe.
    schemes.delete(this.host);
    hosts.add(this.host);
    if (observers.length === 0 && typeof MutationObserver !== 'undefined') observe();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observers.forEach((o) => o.disconnect());
      observers = [];
      stopMedia?.();
      stopMedia = undefined;
    }
  }
}
