// Test helpers: render a widget in a sized box and wait until it has drawn; normalise SVG markup.
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

/** Renders `template` in a box `width` px wide and resolves once the widget fired lede-ready. */
export async function drawn<T extends HTMLElement>(
  template: TemplateResult,
  width = 480,
): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const ready = new Promise((resolve) =>
    box.addEventListener('lede-ready', resolve, { once: true }),
  );
  render(template, box);
  await ready;
  return box.firstElementChild as T;
}

/** Resolves on the next event of `type` from `target`, or rejects after `ms`. */
export function nextEvent<E extends Event>(
  target: EventTarget,
  type: string,
  ms = 3000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} within ${ms} ms`)), ms);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
  });
}

export const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Markup of an SVG with Lit's comment markers dropped, numbers rounded to one decimal and
 * whitespace collapsed: stable across runs, and readable in a snapshot diff.
 */
export function normalizeSvg(svg: Element): string {
  return svg.outerHTML
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/\s+/g, ' ')
    .replace(/> </g, '>\n<')
    .trim();
}

/**
 * Replaces console.warn for each test of the current suite and collects its calls; restores it
 * after. Call at the top of a describe().
 */
export function captureWarnings(): unknown[][] {
  const warnings: unknown[][] = [];
  let warn: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
  });
  return warnings;
}

/**
 * Collects the page's uncaught errors and unhandled rejections while the calling suite runs,
 * emptied before each test.
 */
export function watchUncaught(): unknown[] {
  const uncaught: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
  const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
  before(() => {
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });
  after(() => {
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
  });
  beforeEach(() => (uncaught.length = 0));
  return uncaught;
}
