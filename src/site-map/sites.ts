// Site list: the parsed `sites` JSON in, valid sites plus issues naming each bad site's field out.
// A bad site is left out with a warning marked `dropped` (the widget notes it); the others still
// draw. When no site is left, that is an error: an empty map would say there is nothing there.
import { issue, showValue, type LedeIssue, type Parsed } from '../core/data/issues.js';
import { parseBoolean, parseNumber, parseText } from '../core/data/parse.js';

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
      issues.push({ ...issue(`sites[${i}].name`, site.name, message, 'warning'), dropped: true });
      return;
    }
    names.add(site.name);
    sites.push(site);
  });
  return { value: sites, issues: raw.length > 0 ? noneLeft(sites, issues) : issues };
}

/** Dropped sites are warnings while others draw; with none left, each is an error the widget shows. */
export function noneLeft<T>(kept: readonly T[], issues: LedeIssue[]): LedeIssue[] {
  if (kept.length > 0) return issues;
  return issues.map((i) => (i.dropped ? { ...i, severity: 'error', dropped: false } : i));
}

function parseSite(item: unknown, index: number, issues: LedeIssue[]): Site | undefined {
  const at = `sites[${index}]`;
  const skip = (field: string, value: unknown, why: string) => {
    const message = `${at}${field} ${why}; leaving this site out`;
    issues.push({ ...issue(`${at}${field}`, value, message, 'warning'), dropped: true });
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
  // "Approximate" must be read as written: a site drawn as exact when it is not misplaces it.
  const approximate = parseBoolean(`${at}.approximate`, f.approximate);
  if (approximate.value === undefined)
    return skip('.approximate', f.approximate, 'must be true or false');
  // A site without a status is drawn in the neutral style, without a warning; an unknown word is
  // drawn in the neutral style under its own legend entry, so the reader still sees the author's word.
  const given = parseText(`${at}.status`, f.status).value ?? '';
  const status = statusOf(given) ?? given;
  const known = (STATUSES as readonly string[]).includes(status);
  if (!known && status) {
    const message = `${at}.status ${showValue(status)} is not one of ${STATUSES.join(', ')}; drawing it in a neutral style under its own name`;
    issues.push(issue(`${at}.status`, f.status, message, 'warning'));
  }
  // A note that is not text is left off a site that is still drawn: a warning, not a dropped site.
  const note = parseText(`${at}.note`, f.note);
  issues.push(...note.issues);
  return {
    index,
    name,
    lat: lat.value,
    lon: lon.value,
    status,
    known,
    approximate: approximate.value,
    ...(note.value ? { note: note.value } : {}),
  };
}

// Plain ways of writing a known status, in the three languages the widgets speak.
const STATUS_WORDS: Record<KnownStatus, string[]> = {
  operating: [
    'operating',
    'operational',
    'in operation',
    'en service',
    'en exploitation',
    '稼働中',
  ],
  construction: ['construction', 'under construction', 'en construction', 'en chantier', '建設中'],
  planned: ['planned', 'prévu', 'prévue', 'en projet', '計画', '計画中'],
};

/** The known status `text` names, in any case and spacing; undefined for any other word. */
function statusOf(text: string): KnownStatus | undefined {
  const word = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return STATUSES.find((s) => STATUS_WORDS[s].includes(word));
}
