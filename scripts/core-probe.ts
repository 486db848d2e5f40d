// The shared core alone (Lit and LedeElement, drawing nothing): scripts/size.mjs bundles this to
// measure what each widget adds on top of it.
import { nothing } from 'lit';
import { LedeElement } from '../src/core/element/lede-element.js';
import { defineElement } from '../src/core/element/define.js';

class LedeCoreProbe extends LedeElement {
  protected get drawn(): undefined {
    return undefined;
  }
  protected renderChart(): typeof nothing {
    return nothing;
  }
}

defineElement('lede-core-probe', LedeCoreProbe);
