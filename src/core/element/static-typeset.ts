// The typeset a widget lays out with when it renders outside a browser: the per-character estimate
// for server HTML (the page's font is unknown there), the font file's own widths while a static
// image (SVG, PNG) is being rendered. Server code sets it around a synchronous render.
import { ESTIMATE, type Typeset } from '../layout/text.js';

let current: Typeset = ESTIMATE;

export function staticTypeset(): Typeset {
  return current;
}

/** Runs `render` with `typeset` as the static typeset, then restores the one before. */
export function withStaticTypeset<T>(typeset: Typeset, render: () => T): T {
  const before = current;
  current = typeset;
  try {
    return render();
  } finally {
    current = before;
  }
}
