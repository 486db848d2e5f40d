// Redraws hosts when the page around them changes what they draw: an ancestor's `lang` or
// `data-theme` (a site's theme toggle), or the page's colour scheme (a class or style on the root or
// the body, a `<meta name="color-scheme">` or a stylesheet in the head). One pair of
// MutationObservers serves every widget on the page. Not observed: classes and styles on other
// ancestors, and CSSOM edits; those take effect at the widget's next update.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let observers: MutationObserver[] = [];

/** Test hook (leaks.test.ts): how many hosts follow the page's lang and data-theme. */
export const watchedCount = (): number => hosts.size;

function observe(): void {
  const redraw = () => hosts.forEach((h) => h.requestUpdate());
  const context = new MutationObserver(redraw);
  context.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'data-theme'],
  });
  const scheme = new MutationObserver(redraw);
  for (const root of [document.documentElement, document.body]) {
    if (root) scheme.observe(root, { attributes: true, attributeFilter: ['class', 'style'] });
  }
  if (document.head) {
    scheme.observe(document.head, { childList: true, subtree: true, attributes: true });
  }
  observers = [context, scheme];
}

export class PageContextController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (observers.length === 0 && typeof MutationObserver !== 'undefined') observe();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observers.forEach((o) => o.disconnect());
      observers = [];
    }
  }
}
