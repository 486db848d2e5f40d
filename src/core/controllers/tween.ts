// A 0 → 1 progress value eased over a duration, driving one redraw per animation frame. It starts
// the first time the host comes into view (an offscreen sweep would play to nobody) and jumps to
// the end before printing.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicOut } from 'd3-ease';
import { ViewportController } from './viewport.js';

export class TweenController implements ReactiveController {
  /** 0 until the tween starts, eased towards 1 while it runs, 1 when done or skipped. */
  progress = 0;
  #frame = 0;
  /** In view at least once: an offscreen sweep would play to nobody. */
  readonly #view: ViewportController;
  readonly #print = () => this.finish();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly duration: number,
  ) {
    host.addController(this);
    this.#view = new ViewportController(host, 0);
  }

  /** The host has been in view at least once. */
  get seen(): boolean {
    return this.#view.near;
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.#print);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.#print);
    this.finish();
  }

  /** Runs the tween if the host has been seen and it has not run yet. */
  start(): void {
    if (!this.seen || this.#frame || this.progress === 1) return;
    const began = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - began) / this.duration);
      this.progress = easeCubicOut(t);
      this.#frame = t < 1 ? requestAnimationFrame(step) : 0;
      this.host.requestUpdate();
    };
    this.#frame = requestAnimationFrame(step);
  }

  /**
   * Jumps to the end: reduced motion, no-animation, printing, or the host left the page. The tween
   * never runs again, so it stops watching the viewport: checking where a host is right after it
   * renders makes the browser lay out the page there and then, and seeing it would redraw it.
   */
  finish(): void {
    // Also called on a server, which has no animation frames.
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#view.release();
    if (this.progress !== 1) {
      this.progress = 1;
      this.host.requestUpdate();
    }
  }
}
