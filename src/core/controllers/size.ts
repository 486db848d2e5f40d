// Tracks the content size of one element with a ResizeObserver and asks the host to redraw.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observer?: ResizeObserver;
  #target?: Element;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts watching `target` (call once it is rendered); a second call with the same element is free. */
  observe(target: Element): void {
    if (target === this.#target || typeof ResizeObserver === 'undefined') return;
    this.#observer?.disconnect();
    this.#target = target;
    this.#observer = new ResizeObserver((entries) => this.#measured(entries));
    this.#observer.observe(target);
  }

  /** Reads `target`'s size at once (printing cannot wait for the observer). */
  measure(target: Element): void {
    const box = target.getBoundingClientRect();
    this.width = Math.round(box.width);
    this.height = Math.round(box.height);
  }

  hostConnected(): void {
    if (this.#target) this.#observer?.observe(this.#target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #measured(entries: ResizeObserverEntry[]): void {
    const box = entries[entries.length - 1]?.contentRect;
    if (!box) return;
    // Sub-pixel jitter would redraw for nothing; layouts work in whole pixels.
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width === this.width && height === this.height) return;
    this.width = width;
    this.height = height;
    this.host.requestUpdate();
  }
}
