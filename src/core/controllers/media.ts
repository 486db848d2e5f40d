// Follows one media query (reduced motion, dark colour scheme) and asks the host to redraw on change.
// One MediaQueryList per query serves every widget on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Per query: whether it matches (kept from the change events: reading MediaQueryList.matches on
// every update can make the browser bring style up to date), the hosts to redraw on a change, and
// the answer a test gives in the browser's place (see emulateQuery).
const lists = new Map<
  string,
  { matches: boolean; emulated?: boolean; hosts: Set<ReactiveControllerHost> }
>();

function follow(query: string) {
  let entry = lists.get(query);
  if (!entry) {
    const list = matchMedia(query);
    const found = { matches: list.matches, hosts: new Set<ReactiveControllerHost>() };
    list.addEventListener('change', (event) => {
      found.matches = event.matches;
      found.hosts.forEach((host) => host.requestUpdate());
    });
    lists.set(query, (entry = found));
  }
  return entry;
}

/**
 * Test hook: answers `query` with `matches` in the browser's place and redraws the hosts that follow
 * it, as a change of the reader's setting does; `undefined` hands the query back to the browser.
 * Tests put widgets under a dark system or reduced motion through it where the test launcher cannot
 * emulate media features (only Chromium's can, over CDP; see test-helpers/media.ts).
 */
export function emulateQuery(query: string, matches: boolean | undefined): void {
  const entry = follow(query);
  entry.emulated = matches;
  entry.hosts.forEach((host) => host.requestUpdate());
}

/** Test hook (leaks.test.ts): how many hosts follow a media query, over every query. */
export function watchedCount(): number {
  let count = 0;
  lists.forEach(({ hosts }) => (count += hosts.size));
  return count;
}

export class MediaQueryController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  /** Whether the query matches now (false where media queries do not exist, as in a server render). */
  get matches(): boolean {
    if (typeof matchMedia !== 'function') return false;
    const { emulated, matches } = follow(this.query);
    return emulated ?? matches;
  }

  hostConnected(): void {
    if (typeof matchMedia === 'function') follow(this.query).hosts.add(this.host);
  }

  hostDisconnected(): void {
    lists.get(this.query)?.hosts.delete(this.host);
  }
}
