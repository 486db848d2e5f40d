// Tells the host when it comes near the viewport, so that a widget far down a long page fetches
// and draws nothing until the reader scrolls towards it. Once near, it stays near. Environments
// without IntersectionObserver (a server render) count as near; the host handles printing.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far ahead of the viewport a widget starts its work: one screen height above and below. */
export const NEAR_MARGIN = '100% 0px';

export class ViewportController implements ReactiveController {
  near = false;
  #observer?: IntersectionObserver;

  /** `margin`: how far outside the viewport counts as near (an IntersectionObserver rootMargin). */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly margin = NEAR_MARGIN,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.arrive();
      },
      { rootMargin: this.margin },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Marks the host near (an eager widget, printing, or the observer saw it) and redraws it. */
  arrive(): void {
    if (this.near) return;
    this.near = true;
    this.#observer?.disconnect();
    this.host.requestUpdate();
  }
}
