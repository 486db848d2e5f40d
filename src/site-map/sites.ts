// Site list: the parsed `sites` JSON in, valid sites plus issues naming each bad site's field out.
// A bad site is left out; the others still draw.
import { issue, showValue, type LedeIssue, type Parsed } from '../core/data/issues.js';
import { parseNumber, parseText } from '../core/data/parse.js';

export const STATUSES = ['operating', 'construction', 'planned'] as const;
export type KnownStatus = (typeof STATUSES)[number];

export interface Site {
  /** Position in the author's list, for messages that name the site (`sites[3]`). */
  index: number;
  name: string;
  lat: number;
  lon: number;
  /** A known status, the author's own word, or '' when none was given; all but known ones are drawn in a neutral style. */
  status: string;
  known: boolean;
  approximate: boolean;
  note?: string;
}

const SHAPE = 'a JSON array of sites like [{"name":"Sakai","lat":34.58,"lon":135.45}]';

export function parseSites(raw: unknown, alreadyReported = false): Parsed<Site[]> {
  if (raw === undefined || raw === null) {
    const issues = alreadyReported ? [] : [issue('sites', raw, `sites is required: ${SHAPE}`)];
    return { value: [], issues };
  }
  if (!Array.isArray(raw)) {
    return {
      value: [],
      issues: [issue('sites', raw, `sites must be ${SHAPE}; got ${showValue(raw)}`)],
    };
  }
  const issues: LedeIssue[] = [];
  const sites: Site[] = [];
  // A set, not a search of `sites`: tens of thousands of sites would take seconds (quadratic).
  const names = new Set<string>();
  raw.forEach((item, i) => {
    const site = parseSite(item, i, issues);
    if (!site) return;
    if (names.has(site.name)) {
      const message = `sites[${i}].name ${showValue(site.name)} is a duplicate; leaving this site out`;
      issues.push(issue(`sites[${i}].name`, site.name, message, 'warning'));
      return;
    }
    names.add(site.name);
    sites.push(site);
  });
  return { value: sites, issues };
}

function parseSite(item: unknown, index: number, issues: LedeIssue[]): Site | undefined {
  const at = `sites[${index}]`;
  const skip = (field: string, value: unknown, why: string) => {
    issues.push(
      issue(`${at}${field}`, value, `${at}${field} ${why}; leaving this site out`, 'warning'),
    );
    return undefined;
  };
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return skip('', item, `must be an object like {"name":"Sakai","lat":34.58,"lon":135.45}`);
  }
  const f = item as Record<string, unknown>;
  const name = parseText(`${at}.name`, f.name).value;
  if (!name) return skip('.name', f.name, 'is required');
  const lat = parseNumber(`${at}.lat`, f.lat);
  const lon = parseNumber(`${at}.lon`, f.lon);
  if (lat.value === undefined || Math.abs(lat.value) > 90) {
    return skip('.lat', f.lat, 'must be a latitude from -90 to 90');
  }
  if (lon.value === undefined || Math.abs(lon.value) > 180) {
    return skip('.lon', f.lon, 'must be a longitude from -180 to 180');
  }
  // A site without a status is drawn in the neutral style, without a warning.
  const status = parseText(`${at}.status`, f.status).value ?? '';
  const known = (STATUSES as readonly string[]).includes(status);
  if (!known && status) {
    const message = `${at}.status ${showValue(status)} is not one of ${STATUSES.join(', ')}; drawing it in a neutral style`;
    issues.push(issue(`${at}.status`, f.status, message, 'warning'));
  }
  const note = parseText(`${at}.note`, f.note);
  issues.push(...note.issues);
  return {
    index,
    name,
    lat: lat.value,
    lon: lon.value,
    status,
    known,
    approximate: f.approximate === true,
    ...(note.value ? { note: note.value } : {}),
  };
}
