// Tracks the content size of one element and asks the host to redraw when it changes.
//
// A widget's first size is read synchronously, in one batch for every widget that started in the
// same turn (one layout for a hundred widgets, not a hundred), so a widget draws in the task that
// created it instead of waiting a frame for a ResizeObserver. Later changes come from one
// ResizeObserver shared by every widget on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const watched = new Map<Element, SizeController>();
let observer: ResizeObserver | undefined;
/** Controllers whose first size is read at the end of this turn. */
let batch: SizeController[] = [];
/** True while the shared ResizeObserver delivers sizes (widgets redraw inside its callback). */
let delivering = false;

function measureBatch(): void {
  const controllers = batch;
  batch = [];
  // All reads first, then all updates: no write in between forces a second layout.
  const sizes = controllers.map((c) => c.target?.isConnected && size(c.target));
  controllers.forEach((c, i) => sizes[i] && c.resized(...sizes[i]));
}

/** Test hook (leaks.test.ts): how many elements the shared ResizeObserver watches. */
export const watchedCount = (): number => watched.size;

/**
 * Layout size, unaffected by transforms, like a ResizeObserver's content box (the chart box has no
 * padding or border).
 */
const size = (target: HTMLElement): [number, number] => [target.offsetWidth, target.offsetHeight];

export class SizeController implements ReactiveController {
  width = 0;
  height = 0;
  target?: HTMLElement;
  /** The last size came from the ResizeObserver, whose turn the host's redraw runs in. */
  fromObserver = false;
  #connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts watching `target` (call once it is rendered); a second call with the same element is free. */
  observe(target: HTMLElement): void {
    if (target === this.target || typeof ResizeObserver === 'undefined') return;
    this.#unwatch();
    this.target = target;
    // A host removed before its first update (attached and detached in one task) updates
    // detached: watching its target then would keep it in `watched` for good. hostConnected()
    // starts watching if it comes back.
    if (!this.#connected) return;
    this.#watch();
    this.#measureSoon();
  }

  /** Reads `target`'s size at once (printing cannot wait). */
  measure(target: HTMLElement): void {
    this.resized(...size(target));
  }

  hostConnected(): void {
    this.#connected = true;
    this.#watch();
    // A target set while detached has not been measured yet.
    if (this.target && this.width === 0 && this.height === 0) this.#measureSoon();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unwatch();
  }

  /** Reads the target's first size at the end of this turn, with every other widget's. */
  #measureSoon(): void {
    if (!batch.includes(this) && batch.push(this) === 1) queueMicrotask(measureBatch);
  }

  /** A new size for the target (from the first read or the shared observer). */
  resized(boxWidth: number, boxHeight: number): void {
    // Sub-pixel jitter would redraw for nothing; layouts work in whole pixels.
    const width = Math.round(boxWidth);
    const height = Math.round(boxHeight);
    if (width === this.width && height === this.height) return;
    this.fromObserver = delivering;
    this.width = width;
    this.height = height;
    this.host.requestUpdate();
  }

  #watch(): void {
    if (!this.target) return;
    observer ??= new ResizeObserver((entries) => {
      delivering = true;
      try {
        for (const entry of entries) {
          const box = entry.contentRect;
          watched.get(entry.target)?.resized(box.width, box.height);
        }
      } finally {
        delivering = false;
      }
    });
    watched.set(this.target, this);
    observer.observe(this.target);
  }

  #unwatch(): void {
    if (!this.target) return;
    watched.delete(this.target);
    observer?.unobserve(this.target);
  }
}
