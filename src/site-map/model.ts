// Site map model: raw attribute values in, region code, valid sites and options plus issues out.
// Sites are checked against the region's geometry later, once it has loaded (see `sitesInRegion`).
import { polygonContains } from 'd3-polygon';
import { hasFatal, issue, showValue, type LedeIssue } from '../core/data/issues.js';
import { parseJsonValue, readJson } from '../core/data/json.js';
import { parseEnum, parseText } from '../core/data/parse.js';
import { parseRegion } from '../geo/resolve.js';
import type { RegionGeometry } from '../geo/region.js';
import { PROJECTIONS, type ProjectionChoice } from './projection.js';
import { parseSites, type Site } from './sites.js';

export type { Site };

export interface SiteMapModel {
  /** ISO 3166-1 alpha-3 code. */
  region: string;
  sites: Site[];
  highlight?: string;
  projection: ProjectionChoice;
}

export interface SiteMapInput {
  region: unknown;
  sites: unknown;
  highlight?: unknown;
  projection?: unknown;
}

export function parseSiteMap(input: SiteMapInput): { model?: SiteMapModel; issues: LedeIssue[] } {
  const region = parseRegion(input.region);
  const given = typeof input.sites === 'string' ? readJson(input.sites) : input.sites;
  const json = parseJsonValue('sites', given);
  const sites = parseSites(json.value, json.issues.length > 0);
  const projection = parseEnum('projection', input.projection, PROJECTIONS, 'auto');
  const highlight = parseText('highlight', input.highlight);
  const issues = [...region.issues, ...json.issues, ...sites.issues, ...projection.issues];
  issues.push(...highlight.issues);
  if (highlight.value && !sites.value.some((s) => s.name === highlight.value)) {
    const message = `highlight ${showValue(highlight.value)} names no site; nothing is highlighted`;
    issues.push(issue('highlight', highlight.value, message, 'warning'));
  }
  if (hasFatal(issues) || region.value === undefined) return { issues };
  return {
    model: {
      region: region.value,
      sites: sites.value,
      ...(highlight.value ? { highlight: highlight.value } : {}),
      projection: projection.value,
    },
    issues,
  };
}

/** Half a degree (about 55 km): coastal sites may fall just off a simplified coastline. */
const COAST = 0.5;

/**
 * Keeps the sites on the region's land or within COAST of a point of its outline; reports the rest.
 * Tests run on plain longitude and latitude (d3-polygon), which is exact enough at this tolerance
 * and keeps d3-geo's spherical containment out of the bundle.
 */
export function sitesInRegion(model: SiteMapModel, region: RegionGeometry) {
  const near = (s: Site) => (v: [number, number]) =>
    Math.hypot((v[0] - s.lon) * Math.cos((s.lat * Math.PI) / 180), v[1] - s.lat) <= COAST;
  const inside = (s: Site) =>
    region.coordinates.some(
      ([outer, ...holes]) =>
        polygonContains(outer!, [s.lon, s.lat]) &&
        !holes.some((hole) => polygonContains(hole, [s.lon, s.lat])),
    ) || region.coordinates.some((p) => p.some((ring) => ring.some(near(s))));
  const issues: LedeIssue[] = [];
  const sites = model.sites.filter((s) => {
    if (inside(s)) return true;
    const at = `sites[${s.index}]`;
    const message = `${at} ${showValue(s.name)} at ${s.lat}, ${s.lon} is outside ${region.name}; leaving it out`;
    issues.push(issue(at, { lat: s.lat, lon: s.lon }, message, 'warning'));
    return false;
  });
  return { sites, issues };
}
