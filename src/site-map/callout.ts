// Where a marker's callout goes: the marker, the callout's size, the other markers and the chart
// box in, the callout's top-left corner out. The callout touches its own marker's target (so the
// pointer crosses no gap on its way to it) and covers no other marker's target where it can: a
// click on another marker must reach that marker while a callout is open.

interface Point {
  x: number;
  y: number;
}

interface Size {
  width: number;
  height: number;
}

/** How far past its marker's centre line a callout reaches, at least, on either side. */
const SPAN = 4;

/**
 * The top-left corner of the callout of the marker at `at`, whose target and the others' have
 * `radius`. Tried in order: above the marker, below it, right and left of it, each centred on the
 * marker, then reaching past it one way and the other, inside the box. The first place that covers
 * no other target wins, else the one covering the fewest (a dense map's targets overlap one another
 * anyway), else, with no place inside the box, above the marker and centred.
 */
export function calloutPlacement(
  at: Point,
  size: Size,
  others: Point[],
  radius: number,
  box: Size,
): Point {
  const { width: w, height: h } = size;
  // From the marker's centre to the callout's near edge: the target's radius less the 1 px the two
  // overlap.
  const reach = radius - 1;
  const near = SPAN + reach;
  let best = { x: at.x - w / 2, y: at.y - reach - h };
  let fewest = Infinity;
  for (const side of [0, 1, 2, 3]) {
    for (const shift of [0.5, 1, 0]) {
      const across = side < 2;
      const x = across
        ? Math.min(Math.max(at.x - near - shift * (w - 2 * near), 0), box.width - w)
        : side === 2
          ? at.x + reach
          : at.x - reach - w;
      const y = !across
        ? Math.min(Math.max(at.y - near - shift * (h - 2 * near), 0), box.height - h)
        : side === 0
          ? at.y - reach - h
          : at.y + reach;
      const inside = x >= 0 && y >= 0 && x + w <= box.width && y + h <= box.height;
      // Still facing its marker once kept inside the box.
      const facing = across
        ? x <= at.x - SPAN && x + w >= at.x + SPAN
        : y <= at.y - SPAN && y + h >= at.y + SPAN;
      if (!inside || !facing) continue;
      let count = 0;
      for (const p of others) {
        const dx = p.x - Math.min(Math.max(p.x, x), x + w);
        const dy = p.y - Math.min(Math.max(p.y, y), y + h);
        if (dx * dx + dy * dy < radius * radius) count++;
      }
      if (count === 0) return { x, y };
      if (count < fewest) [best, fewest] = [{ x, y }, count];
    }
  }
  return best;
}
