// Tells the host when it comes near the viewport, so that a widget far down a long page fetches
// and draws nothing until the reader scrolls towards it. Once near, it stays near. Environments
// without IntersectionObserver (a server render) count as near; the host handles printing. One
// IntersectionObserver per margin serves every widget on the page.
//
// An IntersectionObserver reports only after the next frame's layout, so a widget already in view
// when it is connected would paint its placeholder first and draw a frame later. In a top-level
// page, the hosts connected in one turn are therefore also checked at the end of that turn, once
// they have rendered, all together (one layout for the batch), and those near the viewport draw in
// that turn. Where the check cannot tell as the observer would (content the browser skips, say),
// the host waits for the observer. A page in a frame waits for the observer too: its own viewport
// says nothing of where the reader is, as the frame may be as tall as its content and far down the
// article.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How far ahead of the viewport a widget starts its work: one screen height above and below. */
export const NEAR_SCREENS = 1;

type Host = ReactiveControllerHost & Element;

/** Per margin: its observer and the controller waiting for each host (one per host and margin). */
const observers = new Map<number, [IntersectionObserver, Map<Element, ViewportController>]>();

function observerFor(screens: number) {
  let entry = observers.get(screens);
  if (!entry) {
    const waiting = new Map<Element, ViewportController>();
    const observer = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && waiting.get(e.target)?.arrive()),
      { rootMargin: `${screens * 100}% 0px` },
    );
    observers.set(screens, (entry = [observer, waiting]));
  }
  return entry;
}

/** The element that holds `el` in the composed tree: its slot, parent, or shadow root's host. */
const parentOf = (el: Element): Element | null =>
  el.assignedSlot ?? el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;

/** Controllers whose host is checked against the viewport at the end of this turn. */
let batch: ViewportController[] = [];

function checkBatch(): void {
  const controllers = batch;
  batch = [];
  // All reads first, then all arrivals (each asks for an update): one layout for the batch.
  const near = controllers.map((c) => c.inView());
  controllers.forEach((c, i) => near[i] && c.arrive());
}

/** Test hook (leaks.test.ts): how many hosts wait for the viewport, over every margin. */
export function watchedCount(): number {
  let count = 0;
  observers.forEach(([, waiting]) => (count += waiting.size));
  return count;
}

export class ViewportController implements ReactiveController {
  near = false;
  /** Connected and not near yet, in a top-level page: check the host once it has rendered. */
  #check = false;

  /**
   * `screens`: how far outside the viewport counts as near, in viewport heights above and below
   * it (0: in view).
   */
  constructor(
    private readonly host: Host,
    private readonly screens = NEAR_SCREENS,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.near = true;
      return;
    }
    const [observer, waiting] = observerFor(this.screens);
    waiting.set(this.host, this);
    observer.observe(this.host);
    // Checked once it has rendered: at the end of its first update, or of the one asked for here
    // when it has rendered before (a widget moved to another place on the page).
    this.#check = true;
    this.host.requestUpdate();
  }

  /**
   * Checks the host at the end of the turn once it has rendered (its box has its size then): every
   * host connected in the turn has rendered by then, as their first updates were queued first.
   */
  hostUpdated(): void {
    if (!this.#check) return;
    this.#check = false;
    this.#checkSoon();
  }

  hostDisconnected(): void {
    this.#check = false;
    this.#stop();
  }

  #checkSoon(): void {
    const view = this.host.ownerDocument.defaultView;
    if (view && view.top === view && batch.push(this) === 1) queueMicrotask(checkBatch);
  }

  /**
   * Whether the host is near the viewport now: shown, and its box, cut by the ancestors that clip
   * their overflow, within the margin. Forces a layout when the page has changed.
   */
  inView(): boolean {
    const host = this.host;
    // No box (display: none, detached), or content the browser skips (content-visibility, a closed
    // <details>): the observer finds those not intersecting.
    if (this.near || !host.isConnected || host.getClientRects().length === 0) return false;
    if (host.checkVisibility?.({ contentVisibilityAuto: true }) === false) return false;
    let { top, bottom, left, right } = host.getBoundingClientRect();
    // Ancestors that clip their overflow cut the box to theirs (the root and the body pass theirs
    // to the viewport). Cutting by one that is not in fact the box's containing block only makes
    // the host wait for the observer; clip-path and contain: paint, which pages seldom put around
    // a chart, are not modelled, and a host they hide draws early.
    const doc = host.ownerDocument;
    for (let el = parentOf(host); el && el !== doc.body && el !== doc.documentElement;) {
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const clip = el.getBoundingClientRect();
        top = Math.max(top, clip.top);
        bottom = Math.min(bottom, clip.bottom);
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
        if (top >= bottom || left >= right) return false;
      }
      el = parentOf(el);
    }
    // The viewport without its scroll bars, as the observer's root is.
    const { clientWidth, clientHeight } = doc.scrollingElement ?? doc.documentElement;
    const ahead = this.screens * clientHeight;
    return bottom >= -ahead && top <= clientHeight + ahead && right >= 0 && left <= clientWidth;
  }

  /** Marks the host near (an eager widget, printing, or it was seen near) and redraws it. */
  arrive(): void {
    if (this.near) return;
    this.near = true;
    this.#stop();
    this.host.requestUpdate();
  }

  /**
   * Stops watching for good, without a redraw: for a host that no longer needs to know where it is
   * (a tween that has played or was skipped). The host counts as near from then on.
   */
  release(): void {
    this.near = true;
    this.#check = false;
    this.#stop();
  }

  #stop(): void {
    const [observer, waiting] = observers.get(this.screens) ?? [];
    if (waiting?.get(this.host) !== this) return;
    waiting.delete(this.host);
    observer!.unobserve(this.host);
  }
}
