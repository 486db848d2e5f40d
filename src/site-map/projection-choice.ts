// The projections a map can be asked for. Kept apart from projection.ts so that the published
// declarations of the model and the layout do not reach d3-geo's types, which a consumer of the
// package may not have installed.

export const PROJECTIONS = ['auto', 'mercator', 'conic-conformal', 'equirectangular'] as const;
export type ProjectionChoice = (typeof PROJECTIONS)[number];
