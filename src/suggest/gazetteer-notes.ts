// Placed mentions -> the sites of the part and the notes quoting where each field came from;
// unplaced mentions -> the question an editor should answer.
import type { Place, Unresolved } from './gazetteer.js';
import type { Mention } from './gazetteer-mentions.js';
import type { Found } from './gazetteer-sites.js';
import type { SitesPart, SuggestNote } from './types.js';

type Site = SitesPart['sites'][number];

const describe = (p: Place) =>
  `${p.name} (${p.kind === 'city' ? `${p.region}, ` : ''}${p.country})`;

function note(
  m: { start: number; end: number },
  text: string,
  field: string,
  question?: string,
): SuggestNote {
  return {
    part: 'sites',
    field,
    quote: text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    ...(question ? { question } : {}),
  };
}

/** The question for a mention the table cannot place: unknown, outside its region, or ambiguous. */
export function unplaced(m: Mention, r: Unresolved): SuggestNote {
  const which = r.candidates.slice(0, 4).map(describe).join(', ');
  const question =
    r.reason === 'ambiguous'
      ? `"${m.name}" could be ${which}: which one, if it is a site?`
      : r.reason === 'ambiguous-qualifier'
        ? `"${m.qualifier?.name ?? ''}" could be ${which}: where is "${m.name}", if it is a site?`
        : r.reason === 'outside-qualifier'
          ? `The place table has no "${m.name}" in ${m.qualifier?.name ?? ''}: where is it, if it is a site?`
          : `"${m.name}" is not in the place table: where is it, if it is a site?`;
  return note(m, m.text, '/sites', question);
}

/**
 * The sites in `region`, in the order found, with one note per field (the name as written; the
 * name and its qualifier for the coordinates; the status words), and a question for each site in
 * another country.
 */
export function siteNotes(found: Found[], region: string): { sites: Site[]; notes: SuggestNote[] } {
  const sites: Site[] = [];
  const notes: SuggestNote[] = [];
  for (const { mention: m, place, approximate, status } of found) {
    if (place.country !== region) {
      notes.push(
        note(
          m,
          m.text,
          '/sites',
          `"${m.name}" is in ${place.country}, not ${region}: a map of its own?`,
        ),
      );
      continue;
    }
    const field = `/sites/${sites.length}`;
    const name = m.text.indexOf(m.name, m.start);
    const site: Site = { name: m.name, lat: place.lat, lon: place.lon };
    notes.push(note({ start: name, end: name + m.name.length }, m.text, `${field}/name`));
    notes.push(note(m, m.text, `${field}/lat`), note(m, m.text, `${field}/lon`));
    if (status) {
      site.status = status.status;
      notes.push(note(status, m.text, `${field}/status`));
    }
    if (approximate) {
      site.approximate = true;
      notes.push(note(m, m.text, `${field}/approximate`));
    }
    sites.push(site);
  }
  const first = found.find((f) => f.place.country === region)?.mention;
  if (first) notes.unshift(note(first, first.text, '/region'));
  return { sites, notes };
}
