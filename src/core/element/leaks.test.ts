// No leaks: widgets attached, updated and detached a thousand times each leave nothing behind.
// Checked directly in every engine (window and document listeners, pending frames and timers,
// observations of Resize-, Intersection- and MutationObservers, the shared controllers'
// registries), and through the JS heap after forced garbage collections where the engine offers
// both (Chromium run with --expose-gc: gc() and performance.memory; Firefox and WebKit have
// neither in a page).
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../define.js';
import { watchedCount as contextWatched } from '../controllers/context.js';
import { watchedCount as mediaWatched } from '../controllers/media.js';
import { watchedCount as sizeWatched } from '../controllers/size.js';
import { watchedCount as viewportWatched } from '../controllers/viewport.js';
import { captureWarnings, frame } from '../test-helpers/render.js';

/** Chromium runs with --expose-gc (web-test-runner.config.mjs); other engines have no gc(). */
const gc = (globalThis as unknown as { gc?: () => void }).gc;
/** A new reading on each access: a MemoryInfo keeps the figures it was created with. */
const memory = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
/** The engine can force a collection and read its JS heap: Chromium. */
const heapReadable = typeof gc === 'function' && memory() !== undefined;
/** The JS heap after three forced collections, where the engine can do both; else undefined. */
function heapAfterGc(): number | undefined {
  if (!gc || !heapReadable) return undefined;
  for (let i = 0; i < 3; i++) gc();
  return memory()!.usedJSHeapSize;
}

/** Widgets of each kind attached at once in one cycle; CYCLES × GROUP attachments of each kind. */
const GROUP = 10;
/**
 * A leak must outgrow the heap's noise, hence a thousand widgets of each kind where the heap is
 * read. The counts of listeners, frames, timers and observations are exact, and catch one widget
 * that leaks: 200 of each kind do there (WebKit took 48 s for a thousand, Firefox 17 s).
 */
const CYCLES = heapReadable ? 100 : 20;
const LOCALES = ['en', 'fr', 'ja'];

const stages = (i: number) =>
  JSON.stringify([{ value: 100 + (i % 100), label: '2026' }, { value: 240 }]);
const sites = (i: number) =>
  JSON.stringify([
    { name: 'Tokyo', lat: 35.68, lon: 139.69, status: 'operating' },
    { name: 'Sakai', lat: 34.58, lon: 135.45 + (i % 5) / 100, status: 'planned' },
  ]);
const deal = (i: number) =>
  JSON.stringify({ amount: 1e9 + i, currency: 'JPY', label: 'Land', date: '2025-03-14' });

/** What the widgets still hold on to in the shared controllers. */
const registries = () => ({
  size: sizeWatched(),
  viewport: viewportWatched(),
  media: mediaWatched(),
  context: contextWatched(),
});

type Listener = { target: EventTarget; type: string; listener: unknown; capture: boolean };
const captures = (options?: boolean | EventListenerOptions) =>
  typeof options === 'boolean' ? options : !!options?.capture;

/** What observers of each kind have in common, as far as tracking goes. */
interface ObserverMethods {
  observe: (this: object, target: Node, options?: unknown) => void;
  unobserve?: (this: object, target: Node) => void;
  disconnect: (this: object) => void;
}

/**
 * Wraps window's and document's addEventListener, setTimeout and requestAnimationFrame (and their
 * removers), and the observe, unobserve and disconnect of Resize-, Intersection- and
 * MutationObservers, while installed, keeping what was added and not yet removed, run, cancelled,
 * unobserved or disconnected.
 */
function track() {
  const listeners: Listener[] = [];
  const timers = new Set<number>();
  const frames = new Set<number>();
  /** Per observer, the nodes it observes: an observation left in place keeps its widget alive. */
  const observing = new Map<object, { kind: string; targets: Set<Node> }>();
  const restore: (() => void)[] = [];
  const find = (l: Listener) =>
    listeners.findIndex(
      (o) =>
        o.target === l.target &&
        o.type === l.type &&
        o.listener === l.listener &&
        o.capture === l.capture,
    );
  for (const target of [window, document] as EventTarget[]) {
    // Bound copies of the real methods, put back by restore().
    const add = EventTarget.prototype.addEventListener.bind(target);
    const remove = EventTarget.prototype.removeEventListener.bind(target);
    target.addEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) => {
      const l = { target, type, listener, capture: captures(options) };
      if (listener && find(l) < 0) listeners.push(l);
      add(type, listener, options);
    };
    target.removeEventListener = (
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) => {
      const at = find({ target, type, listener, capture: captures(options) });
      if (at >= 0) listeners.splice(at, 1);
      remove(type, listener, options);
    };
    // The wrappers are own properties: deleting them uncovers the prototype's methods again.
    restore.push(() => {
      delete (target as Partial<EventTarget>).addEventListener;
      delete (target as Partial<EventTarget>).removeEventListener;
    });
  }
  // Window's own timer functions; `window.setTimeout` is typed with Node's types in this project.
  type Timers = {
    setTimeout: (handler: () => void, ms?: number) => number;
    clearTimeout: (id?: number) => void;
    requestAnimationFrame: (callback: FrameRequestCallback) => number;
    cancelAnimationFrame: (id: number) => void;
  };
  const w = window as unknown as Timers;
  // Called through window: a bare call of a saved Window method throws "Illegal invocation".
  const real = {
    setTimeout: w.setTimeout,
    clearTimeout: w.clearTimeout,
    requestAnimationFrame: w.requestAnimationFrame,
    cancelAnimationFrame: w.cancelAnimationFrame,
  };
  w.setTimeout = (handler, ms) => {
    const id = real.setTimeout.call(
      w,
      () => {
        timers.delete(id);
        handler();
      },
      ms,
    );
    timers.add(id);
    return id;
  };
  w.clearTimeout = (id) => {
    if (id !== undefined) timers.delete(id);
    real.clearTimeout.call(w, id);
  };
  w.requestAnimationFrame = (callback) => {
    const id = real.requestAnimationFrame.call(w, (now) => {
      frames.delete(id);
      callback(now);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id) => {
    frames.delete(id);
    real.cancelAnimationFrame.call(w, id);
  };
  restore.push(() => Object.assign(window, real));
  for (const kind of [ResizeObserver, IntersectionObserver, MutationObserver]) {
    const proto = kind.prototype as unknown as ObserverMethods;
    // The real methods, put back by restore() (MutationObserver has no unobserve).
    const methods = { observe: proto.observe, disconnect: proto.disconnect };
    const unobserve = proto.unobserve;
    proto.observe = function (target, options) {
      const entry = observing.get(this) ?? { kind: kind.name, targets: new Set() };
      observing.set(this, entry.targets.add(target) && entry);
      methods.observe.call(this, target, options);
    };
    proto.disconnect = function () {
      observing.delete(this);
      methods.disconnect.call(this);
    };
    if (unobserve) {
      proto.unobserve = function (target) {
        observing.get(this)?.targets.delete(target);
        unobserve.call(this, target);
      };
      restore.push(() => (proto.unobserve = unobserve));
    }
    restore.push(() => Object.assign(proto, methods));
  }
  /** Observations still in place: the observer's kind and what it observes. */
  const observations = () =>
    [...observing.values()].flatMap(({ kind, targets }) =>
      [...targets].map((target) => `${kind} ${target.nodeName.toLowerCase()}`),
    );
  return {
    listeners,
    timers,
    frames,
    observations,
    restore: () => restore.forEach((r) => r()),
  };
}

/** Lets every short timer and frame the widgets asked for run: two tasks and two frames. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await frame();
  }
}

/** Resolves once `count` lede-ready events bubbled to `box`. */
function ready(box: HTMLElement, count: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const on = () => {
      if (++seen < count) return;
      box.removeEventListener('lede-ready', on);
      resolve();
    };
    box.addEventListener('lede-ready', on);
  });
}

/**
 * One cycle: GROUP widgets of each kind attached in view (the gauges animate, the cards read a JSON
 * child), drawn, updated (locale and data), then detached while the gauges' sweeps still run.
 * Returns how many gauges had a frame pending when detached.
 */
async function cycle(box: HTMLElement, n: number, frames: Set<number>): Promise<number> {
  const locale = LOCALES[n % LOCALES.length]!;
  const widgets: HTMLElement[] = [];
  for (let i = 0; i < GROUP; i++) {
    const gauge = document.createElement('lede-power-ramp-gauge');
    gauge.setAttribute('stages', stages(n));
    gauge.setAttribute('locale', locale);
    const map = document.createElement('lede-site-map');
    map.setAttribute('region', 'JP');
    map.setAttribute('sites', sites(n));
    map.setAttribute('loading', 'eager');
    const card = document.createElement('lede-deal-value-card');
    const child = document.createElement('script');
    child.type = 'application/json';
    child.textContent = deal(n);
    card.append(child);
    widgets.push(gauge, map, card);
  }
  // Stacked on one spot at the top of the page: every widget is in view, so every gauge sweeps.
  for (const el of widgets) {
    el.style.cssText = 'position: absolute; top: 0; left: 0; width: 320px';
  }
  const drawn = ready(box, widgets.length);
  box.append(...widgets);
  await drawn;
  // The gauges start their sweep once seen in view (at once here) and draw it over frames.
  await frame();
  await new Promise((resolve) => setTimeout(resolve));
  const next = LOCALES[(n + 1) % LOCALES.length]!;
  for (const el of widgets) {
    el.setAttribute('locale', next);
    if (el.localName === 'lede-power-ramp-gauge') el.setAttribute('stages', stages(n + 1));
    if (el.localName === 'lede-site-map') el.setAttribute('sites', sites(n + 1));
    // The JSON child changes in place: the child observer reads it again.
    if (el.localName === 'lede-deal-value-card') el.firstElementChild!.textContent = deal(n + 1);
  }
  await Promise.all(
    widgets.map((el) => (el as HTMLElement & { updateComplete: unknown }).updateComplete),
  );
  await new Promise((resolve) => setTimeout(resolve));
  const sweeping = frames.size;
  box.replaceChildren();
  return sweeping;
}

describe('no leaks: attach, update and detach each widget a thousand times', function () {
  this.timeout(120_000);
  const warnings = captureWarnings();

  it('releases listeners, frames, timers, observers and memory', async () => {
    const box = document.createElement('div');
    box.style.cssText = 'position: relative; width: 320px; height: 400px';
    document.body.prepend(box);
    const before = registries();
    // Warm up: the map's outline, Intl data, Lit's templates and the controllers' shared
    // observers are loaded once and kept for the page, and caches of bounded size (text widths,
    // formatters, map framings) fill up with this data; the baseline includes them. Where the heap
    // is read, that takes a pass over all of the data (see the heap check below).
    const warm = track();
    for (let n = 0; n < (heapReadable ? CYCLES : 3); n++) await cycle(box, n, warm.frames);
    warm.restore();
    await settle();
    const baseline = heapAfterGc();

    const t = track();
    let sweeping = 0;
    const started = performance.now();
    try {
      for (let n = 0; n < CYCLES; n++) sweeping += (await cycle(box, n, t.frames)) > 0 ? 1 : 0;
      await settle();
    } finally {
      t.restore();
      box.remove();
    }
    const ms = performance.now() - started;
    const after = heapAfterGc();
    console.log(
      `leaks: ${CYCLES * GROUP * 3} attachments in ${Math.round(ms)} ms; heap ${baseline ?? '(not readable)'} → ${after ?? '(not readable)'} bytes`,
    );

    // The gauges were still sweeping when detached in (almost) every cycle: the check is real.
    expect(sweeping, 'cycles detached mid-sweep').to.be.greaterThan(CYCLES * 0.9);
    expect(
      t.listeners.map((l) => `${l.target === window ? 'window' : 'document'} ${l.type}`),
      'listeners left on window or document',
    ).to.deep.equal([]);
    expect(t.frames.size, 'animation frames still pending').to.equal(0);
    expect(t.timers.size, 'timers still pending').to.equal(0);
    expect(t.observations(), 'observations not undone').to.deep.equal([]);
    expect(registries(), 'elements in the shared controllers').to.deep.equal(before);
    // Measured (headless Chrome, 3,000 attachments): after a warm-up of three cycles the heap grew
    // by 1.5 to 3.0 MB over five runs, one over this limit, as caches of bounded size filled (text
    // widths, formatters, map framings); a second pass over the same data then grew it by -0.16 to
    // +0.07 MB. After a warm-up pass, baseline about 13.6 MB, growth 0.075 MB over three runs.
    // Every card kept in a global array grew it by 6.1 MB; one widget leaking its beforeprint
    // listener by 28 MB, about 9 KB a widget. 2 MB sits well above the noise and below a leak of a
    // tenth of the widgets. Only where the engine can force a collection and read its heap
    // (Chromium): elsewhere the exact counts above are what stands against a leak.
    if (baseline !== undefined && after !== undefined) {
      expect(after - baseline, 'JS heap growth in bytes').to.be.lessThan(2_000_000);
    }
    expect(warnings).to.deep.equal([]);
  });
});

describe('no leaks: widgets removed in the task that attached them', () => {
  const warnings = captureWarnings();

  // A framework that renders a list twice in one task attaches and detaches widgets before their
  // first update, which runs detached.
  it('leave nothing in the shared controllers, lazy or eager', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.prepend(box);
    const before = registries();
    const t = track();
    try {
      for (let n = 0; n < 1000; n++) {
        const widgets = [
          document.createElement('lede-power-ramp-gauge'),
          document.createElement('lede-site-map'),
          document.createElement('lede-deal-value-card'),
        ];
        widgets[0]!.setAttribute('stages', stages(n));
        widgets[1]!.setAttribute('region', 'JP');
        widgets[1]!.setAttribute('sites', sites(n));
        widgets[2]!.setAttribute('amount', String(1e9 + n));
        widgets[2]!.setAttribute('currency', 'JPY');
        for (const el of widgets) el.setAttribute('loading', n % 2 ? 'eager' : 'lazy');
        box.append(...widgets);
        box.replaceChildren();
        // Their first update runs now, detached.
        await Promise.all(widgets.map((el) => (el as ReactiveElement).updateComplete));
      }
      await settle();
    } finally {
      t.restore();
      box.remove();
    }
    expect(t.listeners, 'listeners left on window or document').to.deep.equal([]);
    expect(t.frames.size, 'animation frames still pending').to.equal(0);
    expect(t.timers.size, 'timers still pending').to.equal(0);
    expect(t.observations(), 'observations not undone').to.deep.equal([]);
    expect(registries(), 'elements in the shared controllers').to.deep.equal(before);
    expect(warnings).to.deep.equal([]);
  });
});
