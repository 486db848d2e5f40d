// Tells the host when it comes near the viewport, so that a widget far down a long page fetches
// and draws nothing until the reader scrolls towards it. Once near, it stays near. Environments
// without IntersectionObserver (a server render) count as near; the host handles printing. One
// IntersectionObserver per margin serves every widget on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far ahead of the viewport a widget starts its work: one screen height above and below. */
export const NEAR_MARGIN = '100% 0px';

const observers = new Map<string, IntersectionObserver>();
const waiting = new Map<Element, Set<ViewportController>>();

function observerFor(margin: string): IntersectionObserver {
  let observer = observers.get(margin);
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          for (const controller of waiting.get(entry.target) ?? []) {
            if (controller.margin === margin) controller.arrive();
          }
        }
      },
      { rootMargin: margin },
    );
    observers.set(margin, observer);
  }
  return observer;
}

export class ViewportController implements ReactiveController {
  near = false;

  /** `margin`: how far outside the viewport counts as near (an IntersectionObserver rootMargin). */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    readonly margin = NEAR_MARGIN,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    let controllers = waiting.get(this.host);
    if (!controllers) waiting.set(this.host, (controllers = new Set()));
    controllers.add(this);
    observerFor(this.margin).observe(this.host);
  }

  hostDisconnected(): void {
    this.#stop();
  }

  /** Marks the host near (an eager widget, printing, or the observer saw it) and redraws it. */
  arrive(): void {
    if (this.near) return;
    this.near = true;
    this.#stop();
    this.host.requestUpdate();
  }

  #stop(): void {
    const controllers = waiting.get(this.host);
    if (!controllers?.delete(this)) return;
    if (![...controllers].some((c) => c.margin === this.margin)) {
      observers.get(this.margin)?.unobserve(this.host);
    }
    if (controllers.size === 0) waiting.delete(this.host);
  }
}
