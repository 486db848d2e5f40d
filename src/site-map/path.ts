// Projected outline: a projection and GeoJSON in, an SVG path string with coordinates rounded to
// tenths of a pixel out. d3-geo streams the projected points; this sink writes them. (geoPath would
// do the same but brings its area, centroid and length calculators: 1.3 KB min+gzip the map never uses.)
import { geoStream, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

export function projectedPath(projection: GeoProjection, object: GeoPermissibleObjects): string {
  let d = '';
  let start = true;
  let polygon = false;
  const r = (n: number) => Math.round(n * 10) / 10;
  geoStream(
    object,
    projection.stream({
      point(x: number, y: number) {
        d += `${start ? 'M' : 'L'}${r(x)},${r(y)}`;
        start = false;
      },
      lineStart() {
        start = true;
      },
      lineEnd() {
        if (polygon) d += 'Z';
      },
      polygonStart() {
        polygon = true;
      },
      polygonEnd() {
        polygon = false;
      },
      sphere() {},
    }),
  );
  return d;
}

/** The projected bounding box of `object`: [[x0, y0], [x1, y1]]. */
export function projectedBounds(
  projection: GeoProjection,
  object: GeoPermissibleObjects,
): [[number, number], [number, number]] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const ignore = () => {};
  geoStream(
    object,
    projection.stream({
      point(x: number, y: number) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      },
      lineStart: ignore,
      lineEnd: ignore,
      polygonStart: ignore,
      polygonEnd: ignore,
      sphere: ignore,
    }),
  );
  return [
    [x0, y0],
    [x1, y1],
  ];
}
