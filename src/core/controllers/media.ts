// Follows one media query (reduced motion, dark colour scheme) and asks the host to redraw on change.
// One MediaQueryList per query serves every widget on the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Per query: whether it matches (kept from the change events: reading MediaQueryList.matches on
// every update can make the browser bring style up to date) and the hosts to redraw on a change.
const lists = new Map<string, { matches: boolean; hosts: Set<ReactiveControllerHost> }>();

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
    return typeof matchMedia === 'function' && follow(this.query).matches;
  }

  hostConnected(): void {
    if (typeof matchMedia === 'function') follow(this.query).hosts.add(this.host);
  }

  hostDisconnected(): void {
    lists.get(this.query)?.hosts.delete(this.host);
  }
}
