// An expected article document and a suggested one in, true and false positives and false
// negatives per scored field out. The rules are those of README.md beside this file.

/** The scored fields, in the order reports list them. */
export const FIELDS = [
  'ramp.unit',
  'ramp.stage.value',
  'ramp.stage.atLeast',
  'ramp.stage.year',
  'sites.region',
  'sites.site',
  'sites.status',
  'deal.amount',
  'deal.converted',
  'deal.buyer',
  'deal.seller',
  'deal.date',
  'deal.compare',
];

const WATTS = { W: 1, kW: 1e3, MW: 1e6, GW: 1e9, TW: 1e12 };
/** Sites further apart than this are different sites. */
export const SITE_RADIUS_KM = 50;

/**
 * Scores a suggested article against the expected one.
 * @param {object} expected the article document a graphics editor would enter
 * @param {object} actual the article document `suggest()` returned
 * @param {string[]} [misses] when given, receives one line per fp or fn, e.g. `fn deal.date 2025-03-14`
 * @returns {Record<string, { tp: number, fp: number, fn: number }>} one entry per field of `FIELDS`
 */
export function scoreArticle(expected, actual, misses = []) {
  const scores = Object.fromEntries(FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }]));
  const tally = tallier(scores, misses);
  scoreRamp(expected?.ramp, actual?.ramp, tally);
  scoreSites(expected?.sites, actual?.sites, tally);
  scoreDeal(expected?.deal, actual?.deal, tally);
  return scores;
}

/** A function that counts one comparison of a field: expected and suggested values, or undefined. */
function tallier(scores, misses) {
  return (field, want, got, same = (a, b) => a === b) => {
    const score = scores[field];
    if (want === undefined && got === undefined) return;
    if (want !== undefined && got !== undefined && same(want, got)) {
      score.tp += 1;
      return;
    }
    if (got !== undefined) {
      score.fp += 1;
      misses.push(`fp ${field} ${show(got)}`);
    }
    if (want !== undefined) {
      score.fn += 1;
      misses.push(`fn ${field} ${show(want)}`);
    }
  };
}

const show = (value) => (typeof value === 'string' ? value : JSON.stringify(value));

function scoreRamp(want, got, tally) {
  tally('ramp.unit', want && (want.unit ?? 'MW'), got && (got.unit ?? 'MW'));
  const watts = (ramp) =>
    (ramp?.stages ?? []).map((stage) => ({
      ...stage,
      watts: stage.value * WATTS[ramp.unit ?? 'MW'],
    }));
  // Among stages of the same power, those that also agree on atLeast and year pair first.
  const pairs = matchOnce(watts(want), watts(got), (a, b) =>
    sameNumber(a.watts, b.watts)
      ? Number(!a.atLeast !== !b.atLeast) + Number(yearOf(a.label) !== yearOf(b.label))
      : NaN,
  );
  for (const [a, b] of pairs) {
    tally('ramp.stage.value', a && `${a.watts} W`, b && `${b.watts} W`);
    tally(
      'ramp.stage.atLeast',
      a?.atLeast ? `${a.watts} W` : undefined,
      b?.atLeast ? `${b.watts} W` : undefined,
    );
    tally('ramp.stage.year', yearOf(a?.label), b && yearOf(b.label));
  }
}

/** The 4-digit year in a stage label, or undefined. */
export function yearOf(label) {
  return /(?<!\d)(\d{4})(?!\d)/.exec(label ?? '')?.[1];
}

function scoreSites(want, got, tally) {
  tally('sites.region', want?.region.toUpperCase(), got?.region?.toUpperCase());
  const pairs = matchOnce(want?.sites ?? [], got?.sites ?? [], (a, b) => {
    const km = distanceKm(a, b);
    // Of two sites at the same distance, the one with the same status pairs first.
    return km <= SITE_RADIUS_KM ? km + (a.status === b.status ? 0 : 1e-6) : NaN;
  });
  for (const [a, b] of pairs) {
    tally('sites.site', a && a.name, b && b.name, () => true);
    tally('sites.status', a?.status, b?.status);
  }
}

function scoreDeal(want, got, tally) {
  const money = (amount, currency) =>
    amount === undefined ? undefined : { amount, currency: currency?.toUpperCase() };
  const sameMoney = (a, b) => sameNumber(a.amount, b.amount) && a.currency === b.currency;
  tally(
    'deal.amount',
    want && money(want.amount, want.currency),
    got && money(got.amount, got.currency),
    sameMoney,
  );
  tally(
    'deal.converted',
    want && money(want.convertedAmount, want.convertedCurrency),
    got && money(got.convertedAmount, got.convertedCurrency),
    sameMoney,
  );
  tally('deal.buyer', want?.buyer, got?.buyer, sameName);
  tally('deal.seller', want?.seller, got?.seller, sameName);
  tally('deal.date', want?.date, got?.date);
  const compared = (deal) =>
    (deal?.compare ?? []).map((c) => money(c.amount, c.currency ?? deal.currency));
  for (const [a, b] of matchOnce(compared(want), compared(got), (a, b) =>
    sameMoney(a, b) ? 0 : NaN,
  )) {
    tally('deal.compare', a, b, sameMoney);
  }
}

/** Names match when one contains the other, ignoring case and diacritics. */
export function sameName(a, b) {
  const plain = (s) =>
    s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const [x, y] = [plain(a), plain(b)];
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/** Equal numbers, allowing for floating-point rounding (1.2 GW is 1.2e9 W either way). */
function sameNumber(a, b) {
  return Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Pairs expected and suggested items, each used once, closest pairs first. `cost` is NaN when two
 * items cannot match. Returns the matched pairs, then `[a, undefined]` and `[undefined, b]` for
 * the items left over.
 */
function matchOnce(wanted, got, cost) {
  const candidates = [];
  wanted.forEach((a, i) =>
    got.forEach((b, j) => {
      const c = cost(a, b);
      if (!Number.isNaN(c)) candidates.push({ i, j, c });
    }),
  );
  candidates.sort((x, y) => x.c - y.c || x.i - y.i || x.j - y.j);
  const usedA = new Set();
  const usedB = new Set();
  const pairs = [];
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push([wanted[i], got[j]]);
  }
  wanted.forEach((a, i) => usedA.has(i) || pairs.push([a, undefined]));
  got.forEach((b, j) => usedB.has(j) || pairs.push([undefined, b]));
  return pairs;
}

/** Great-circle distance between two `{ lat, lon }` points, in km. */
export function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Adds the second score table into the first; returns the first. */
export function addScores(total, scores) {
  for (const [field, { tp, fp, fn }] of Object.entries(scores)) {
    const into = (total[field] ??= { tp: 0, fp: 0, fn: 0 });
    into.tp += tp;
    into.fp += fp;
    into.fn += fn;
  }
  return total;
}

/** tp / (tp + fp), or undefined when nothing was suggested. */
export const precision = ({ tp, fp }) => (tp + fp === 0 ? undefined : tp / (tp + fp));
/** tp / (tp + fn), or undefined when nothing was expected. */
export const recall = ({ tp, fn }) => (tp + fn === 0 ? undefined : tp / (tp + fn));
