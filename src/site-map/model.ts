// Site map model: raw attribute values in, region code, valid sites and options plus issues out.
// Sites are checked against the region's geometry later, once it has loaded (see `sitesInRegion`).
import { polygonContains } from 'd3-polygon';
import { hasFatal, issue, showValue, type LedeIssue } from '../core/data/issues.js';
import { parseJsonValue, readJsonField } from '../core/data/json.js';
import { parseEnum, parseText } from '../core/data/parse.js';
import { parseRegion } from '../geo/resolve.js';
import type { RegionGeometry } from '../geo/region.js';
import { PROJECTIONS, type ProjectionChoice } from './projection-choice.js';
import { noneLeft, parseSites, type Site } from './sites.js';

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
  const given = typeof input.sites === 'string' ? readJsonField(input.sites) : input.sites;
  const json = parseJsonValue('sites', given);
  const sites = parseSites(json.value, json.issues.length > 0);
  const projection = parseEnum('projection', input.projection, PROJECTIONS, 'auto');
  const highlight = parseText('highlight', input.highlight);
  const issues = [...region.issues, ...json.issues, ...sites.issues, ...projection.issues];
  issues.push(...highlight.issues);
  if (highlight.value && !sites.value.some((s) => s.name === highlight.value)) {
    const message = `highlight ${showValue(highlight.value)} names no site; nothing is highlighted`;
    // The issue carries the value as given (-3, not the text "-3" it was read as).
    issues.push(issue('highlight', input.highlight, message, 'warning'));
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

/** A fifth of a degree (about 22 km): coastal sites may fall just off a simplified coastline. */
const COAST = 0.2;

/** Distance in degrees (longitude scaled by latitude) from point p to the segment a–b. */
function toSegment(p: Point, a: Point, b: Point): number {
  const k = Math.cos((p[1] * Math.PI) / 180);
  const [ax, ay, bx, by] = [(a[0] - p[0]) * k, a[1] - p[1], (b[0] - p[0]) * k, b[1] - p[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

type Point = [number, number];

/**
 * Keeps the sites on the region's land or within COAST of its outline; reports the rest. Tests run
 * on plain longitude and latitude (d3-polygon), exact enough at this tolerance, and keep d3-geo's
 * spherical containment out of the bundle. Rings across the 180° meridian are stored with
 * longitudes past 180 (see scripts/build-geo.mjs), so each site is also tried 360° east.
 * A site within COAST of a land border counts as inside: the outlines do not say which edges are coast.
 */
export function sitesInRegion(model: SiteMapModel, region: RegionGeometry) {
  const rings: Point[][] = region.coordinates.flatMap((polygon) => polygon);
  const onLand = (p: Point) =>
    region.coordinates.some(
      ([outer, ...holes]) =>
        polygonContains(outer!, p) && !holes.some((hole) => polygonContains(hole, p)),
    );
  const nearEdge = (p: Point) =>
    rings.some((ring) => ring.some((a, i) => i > 0 && toSegment(p, ring[i - 1]!, a) <= COAST));
  const inside = (s: Site) =>
    [s.lon, s.lon + 360].some((lon) => onLand([lon, s.lat]) || nearEdge([lon, s.lat]));
  const issues: LedeIssue[] = [];
  const sites = model.sites.filter((s) => {
    if (inside(s)) return true;
    const at = `sites[${s.index}]`;
    const message = `${at} ${showValue(s.name)} at ${s.lat}, ${s.lon} is outside ${region.name}; leaving it out`;
    issues.push({ ...issue(at, { lat: s.lat, lon: s.lon }, message, 'warning'), dropped: true });
    return false;
  });
  return { sites, issues: model.sites.length > 0 ? noneLeft(sites, issues) : issues };
}
