// Tells the host when it comes near the viewport, so that a widget far down a long page fetches
// and draws nothing until the reader scrolls towards it. Once near, it stays near. Environments
// without IntersectionObserver (a server render) count as near; the host handles printing. One
// IntersectionObserver per margin serves every widget on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far ahead of the viewport a widget starts its work: one screen height above and below. */
export const NEAR_MARGIN = '100% 0px';

type Host = ReactiveControllerHost & Element;

/** Per margin: its observer and the controller waiting for each host (one per host and margin). */
const observers = new Map<string, [IntersectionObserver, Map<Element, ViewportController>]>();

function observerFor(margin: string) {
  let entry = observers.get(margin);
  if (!entry) {
    const waiting = new Map<Element, ViewportController>();
    const observer = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && waiting.get(e.target)?.arrive()),
      { rootMargin: margin },
    );
    observers.set(margin, (entry = [observer, waiting]));
  }
  return entry;
}

/** Test hook (leaks.test.ts): how many hosts wait for the viewport, over every margin. */
export function watchedCount(): number {
  let count = 0;
  observers.forEach(([, waiting]) => (count += waiting.size));
  return count;
}

export class ViewportController implements ReactiveController {
  near = false;

  /** `margin`: how far outside the viewport counts as near (an IntersectionObserver rootMargin). */
  constructor(
    private readonly host: Host,
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
    const [observer, waiting] = observerFor(this.margin);
    waiting.set(this.host, this);
    observer.observe(this.host);
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
    const [observer, waiting] = observers.get(this.margin) ?? [];
    if (waiting?.get(this.host) !== this) return;
    waiting.delete(this.host);
    observer!.unobserve(this.host);
  }
}
