// The shape of a generated country module (see scripts/build-geo.mjs).

export interface RegionGeometry {
  /** Natural Earth's English name, for messages; readers get `names` or Intl.DisplayNames's. */
  name: string;
  /** The name in English, French and Japanese, as Intl.DisplayNames gave it at build time. */
  names?: Partial<Record<'en' | 'fr' | 'ja', string>>;
  alpha2: string;
  alpha3: string;
  resolution: '50m' | '10m';
  /** Indices of the polygons a map frames: the largest landmass and those within 1,800 km of it. */
  main: number[];
  /** [[west, south], [east, north]] of those polygons, in degrees (west > east across the antimeridian). */
  bounds: [[number, number], [number, number]];
  /** MultiPolygon coordinates, [longitude, latitude] in degrees. */
  coordinates: [number, number][][][];
  /** Land around the country within what a map of it shows (MultiPolygon coordinates, the country included). */
  neighbours?: [number, number][][][];
  /** Lakes and reservoirs a reader expects at the map's scale, in the country and around it. */
  lakes?: [number, number][][][];
}
