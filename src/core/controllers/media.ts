// Follows one media query (reduced motion, dark colour scheme) and asks the host to redraw on change.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  matches = false;
  #list?: MediaQueryList;
  readonly #changed = (event: MediaQueryListEvent) => {
    this.matches = event.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof matchMedia !== 'function') return;
    this.#list ??= matchMedia(this.query);
    this.matches = this.#list.matches;
    this.#list.addEventListener('change', this.#changed);
  }

  hostDisconnected(): void {
    this.#list?.removeEventListener('change', this.#changed);
  }
}
