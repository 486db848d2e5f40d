// Test helper: the boxes a map layout's labels take, from the same width estimates the layout
// places them with, for checking that labels keep clear of each other and of the markers.
import { textWidth } from '../../core/layout/text.js';
import { LABEL_FONT } from '../labels.js';
import type { MapLayout } from '../layout.js';

export function labelBoxes(layout: MapLayout) {
  return layout.markers.flatMap((m) => {
    if (!m.label) return [];
    const width = textWidth(m.site.name, LABEL_FONT, m.highlight);
    const { x, y, anchor } = m.label;
    const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
    // As drawn: the baseline 0.78 of the way down a 16 px box.
    return [
      { left, right: left + width, top: y - 12.48, bottom: y - 12.48 + 16, lit: m.highlight },
    ];
  });
}
