// Flat geometry for the geometry build: rings of [longitude, latitude] in degrees in, rings
// simplified or clipped to a longitude/latitude window out. Longitudes are scaled by the cosine of
// the ring's latitude, so a tolerance means about the same distance north-south and east-west.

/** Douglas-Peucker: the points of `ring` that keep it within `tolerance` degrees of the original. */
export function simplifyRing(ring, tolerance) {
  if (ring.length <= 4) return ring;
  const k = Math.cos((ring[0][1] * Math.PI) / 180);
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = [ring[a][0] * k, ring[a][1]];
    const [dx, dy] = [ring[b][0] * k - ax, ring[b][1] - ay];
    const length = Math.hypot(dx, dy);
    let [far, farthest] = [-1, tolerance];
    for (let i = a + 1; i < b; i++) {
      const [px, py] = [ring[i][0] * k - ax, ring[i][1] - ay];
      const d = length ? Math.abs(px * dy - py * dx) / length : Math.hypot(px, py);
      if (d > farthest) [far, farthest] = [i, d];
    }
    if (far < 0) continue;
    keep[far] = 1;
    stack.push([a, far], [far, b]);
  }
  const out = ring.filter((_, i) => keep[i]);
  return out.length >= 4 ? out : [];
}

/**
 * A closed ring as a flat polygon: each longitude is taken the shorter way round from the one
 * before, so a ring across the 180° meridian stays continuous (Chukotka runs on past 180°). A ring
 * around a pole, which then ends a whole turn from where it began, is closed along that pole.
 */
export function planarRing(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const step = ring[i][0] - ring[i - 1][0];
    out.push([out[i - 1][0] + step - 360 * Math.round(step / 360), ring[i][1]]);
  }
  const [first, last] = [out[0], out[out.length - 1]];
  if (Math.abs(last[0] - first[0]) < 180) return out;
  const pole = ring.reduce((sum, p) => sum + p[1], 0) < 0 ? -90 : 90;
  return [...out, [last[0], pole], [first[0], pole], first];
}

/**
 * A polygon made flat: its rings by planarRing, each hole then moved by whole turns to lie where
 * its outer ring is (Eurasia's outer ring, unwrapped from Chukotka, runs from -377° to -170°; the
 * Caspian Sea, its hole, from 47° to 55°, a turn away).
 */
export function planarPolygon([outer, ...holes]) {
  const flatOuter = planarRing(outer);
  const middle = (ring) => {
    const xs = ring.map((p) => p[0]);
    return (Math.min(...xs) + Math.max(...xs)) / 2;
  };
  const at = middle(flatOuter);
  return [
    flatOuter,
    ...holes.map((hole) => {
      const flatHole = planarRing(hole);
      const turns = 360 * Math.round((at - middle(flatHole)) / 360);
      return turns ? flatHole.map(([x, y]) => [x + turns, y]) : flatHole;
    }),
  ];
}

/** Sutherland-Hodgman: the part of a closed ring inside the window [[west, south], [east, north]]. */
export function clipRing(ring, [[x0, y0], [x1, y1]]) {
  const edges = [
    [(p) => p[0] >= x0, (p, q) => cut(p, q, 0, x0)],
    [(p) => p[0] <= x1, (p, q) => cut(p, q, 0, x1)],
    [(p) => p[1] >= y0, (p, q) => cut(p, q, 1, y0)],
    [(p) => p[1] <= y1, (p, q) => cut(p, q, 1, y1)],
  ];
  let points = ring.slice(0, -1);
  for (const [inside, at] of edges) {
    const out = [];
    points.forEach((p, i) => {
      const prev = points[(i + points.length - 1) % points.length];
      if (inside(p)) {
        if (!inside(prev)) out.push(at(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(at(prev, p));
    });
    points = out;
    if (!points.length) return [];
  }
  return points.length >= 3 ? [...points, points[0]] : [];
}

function cut(p, q, axis, value) {
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  const other = 1 - axis;
  const point = [];
  point[axis] = value;
  point[other] = p[other] + t * (q[other] - p[other]);
  return point;
}

/** Coordinates rounded to `digits` decimals, repeated points dropped; [] when fewer than 4 remain. */
export function roundRing(ring, digits) {
  const f = 10 ** digits;
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : [];
}
