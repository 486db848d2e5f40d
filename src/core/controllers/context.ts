// Redraws hosts when an ancestor's `lang` or `data-theme` changes (a site's theme toggle, say).
// One MutationObserver serves every widget on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** Test hook (leaks.test.ts): how many hosts follow the page's lang and data-theme. */
export const watchedCount = (): number => hosts.size;

export class PageContextController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, {
        attributes: true,
        subtree: true,
        attributeFilter: ['lang', 'data-theme'],
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
