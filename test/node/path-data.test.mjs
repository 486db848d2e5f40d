// The standalone SVG sets long path data aside while it parses the server render
// (setAsidePathData in src/server/svg.ts) and puts it back in the image: the image must come out as
// if nothing had been set aside, whatever else the markup holds. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseFragment, serialize } from 'parse5';
import { renderHtml, renderSvg } from '../../dist/server/index.js';
import { setAsidePathData } from '../../dist/server/svg.js';

fc.configureGlobal({ seed: 20261207 });

const article = JSON.parse(
  readFileSync(new URL('../../schema/sakai.json', import.meta.url), 'utf8'),
);

const number = fc.double({ min: -1e4, max: 1e4, noNaN: true }).map((n) => String(n));
const command = fc.tuple(
  fc.constantFrom(...'MLHVCSQTAZmlhvcsqtaz'),
  fc.array(number, { maxLength: 4 }),
);
const pathData = fc
  .array(command, { minLength: 1, maxLength: 30 })
  .map((cs) => cs.map(([c, ns]) => c + ns.join(',')).join(''));
/**
 * Author text as a server render escapes it, with marker characters written raw (text a CMS pasted
 * may hold private-use characters) or as character references, which the parser decodes.
 */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    ' ',
    '7',
    ' d=&quot;',
    '&quot;',
    '&amp;',
    '&#xE000;',
    '&#xE001;',
    '&#38;',
    '\uE001',
    '\r',
    'é',
  ),
});
const markup = fc
  .array(
    fc.oneof(
      pathData.map((d) => `<path d="${d}"></path>`),
      // Long values that are not all path data: parsing decodes or normalises some of them.
      fc.tuple(pathData, text, pathData).map(([a, t, b]) => `<path d="${a}${t}${b}"></path>`),
      text.map((t) => `<p>${t}</p>`),
      text.map((t) => `<text aria-label="${t}" d="${t}">${t}</text>`),
      fc.constant('<p>\uE000</p>'),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Markup as parsed and written again, the way the standalone SVG is made from the server render. */
const reparsed = (html) => serialize(parseFragment(html));

test('property: the image written from markup with path data set aside is the one written without', () => {
  fc.assert(
    fc.property(markup, (html) => {
      const aside = setAsidePathData(html);
      assert.equal(aside.restore(reparsed(aside.html)), reparsed(html));
      // Long path data is out of what the parser reads (a value with anything else stays).
      if (!html.includes('\uE000')) {
        for (const [, d] of aside.html.matchAll(/<path d="([^"]*)"/g)) {
          if (/^[MLHVCSQTAZEe\d., -]*$/i.test(d)) assert.ok(d.length < 64, d);
        }
      }
    }),
    { numRuns: 500 },
  );
});

test("a map's server render parses with its outlines set aside, and its SVG holds no marker", async () => {
  const places = {
    JP: article.sites.sites,
    NO: [{ name: 'Oslo', lat: 59.91, lon: 10.75 }],
    US: [{ name: 'Ashburn', lat: 39.04, lon: -77.49 }],
    FJ: [{ name: 'Suva', lat: -18.14, lon: 178.44 }],
  };
  for (const [country, sites] of Object.entries(places)) {
    const { html, issues } = await renderHtml('site-map', {
      ...article.sites,
      region: country,
      highlight: undefined,
      sites,
    });
    assert.deepEqual(issues, [], country);
    const aside = setAsidePathData(html);
    assert.equal(aside.restore(aside.html), html, country);
    // The outlines are set aside: what the parser reads is shorter by at least the land's path.
    const land = /<path class="land"[^>]* d="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.ok(land.length >= 64, country);
    assert.ok(aside.html.length <= html.length - land.length, country);
  }
  for (const [widget, part] of [
    ['site-map', 'sites'],
    ['power-ramp-gauge', 'ramp'],
    ['deal-value-card', 'deal'],
  ]) {
    const { svg } = await renderSvg(widget, article[part], { width: 480 });
    assert.doesNotMatch(svg, /[\uE000\uE001]/, widget);
  }
});
