// Static renders of all three widgets, in Node, from the built package (dist/server/): the server
// HTML, the standalone SVG (parsed as XML and checked) and the PNG (decoded: size and pixels), for
// both themes and three languages, and the `lede-widgets render` command with its exit codes.
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { renderHtml, renderPng, renderSvg } from '../../dist/server/index.js';
import { regionLoading } from '../../dist/load-region.js';
import { renderSvgIn } from '../../dist/server/svg.js';
import { fontTypeset } from '../../dist/server/typeset.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = join(ROOT, 'schema/sakai.json');
const article = JSON.parse(readFileSync(ARTICLE, 'utf8'));
const BIN = join(ROOT, 'dist/server/bin.js');

/** Each widget, its part of the Sakai article, and a figure its render must state per language. */
const CASES = [
  {
    widget: 'power-ramp-gauge',
    part: 'ramp',
    figures: { en: /150\sMW/, fr: /150\sMW/, ja: /150\s?MW/ },
    words: { en: /Source: SoftBank/, fr: /Source\s: SoftBank/, ja: /出典：SoftBank/ },
  },
  {
    widget: 'site-map',
    part: 'sites',
    figures: { en: /Sakai/, fr: /Sakai/, ja: /Sakai/ },
    words: { en: /under construction/, fr: /en construction/, ja: /建設中/ },
  },
  {
    widget: 'deal-value-card',
    part: 'deal',
    figures: { en: /¥100 billion/, fr: /100\smilliards\sde\syens/, ja: /1000億円/ },
    words: { en: /Bought by SoftBank from Sharp/, fr: /Sharp/, ja: /取得/ },
  },
];
const LOOKS = [
  { theme: 'light', locale: 'en', width: 640 },
  { theme: 'dark', locale: 'fr', width: 375 },
  { theme: 'light', locale: 'ja', width: 320 },
];

/** Strict XML parsing: any warning or error fails. */
function parseXml(text) {
  const problems = [];
  const onError = (level, message) => problems.push(`${level}: ${message}`);
  const doc = new DOMParser({ onError }).parseFromString(text, 'image/svg+xml');
  assert.deepEqual(problems, [], 'the SVG is well-formed XML');
  return doc;
}

const texts = (doc) =>
  Array.from(doc.getElementsByTagName('text'))
    .map((t) => t.textContent)
    .join(' ');

for (const { widget, part, figures, words } of CASES) {
  describe(widget, () => {
    for (const { theme, locale, width } of LOOKS) {
      const options = { theme, locale, width };
      const label = `${theme}, ${locale}, ${width} px`;

      test(`HTML: declarative shadow DOM with the figures (${label})`, async () => {
        const { html, issues } = await renderHtml(widget, article[part], options);
        assert.deepEqual(issues, []);
        assert.match(html, new RegExp(`^<lede-${widget} `));
        assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>/);
        assert.match(html, new RegExp(`layout-width="${width}"`));
        assert.match(html, new RegExp(`theme="${theme}"`));
        assert.match(html, figures[locale]);
        assert.match(html, words[locale]);
        // Drawn, not waiting: the chart box says it is done.
        assert.match(html, /class="chart" part="chart" aria-busy="false"/);
        assert.doesNotMatch(html, /<script/);
      });

      test(`SVG: well-formed, self-contained, with title, desc and text (${label})`, async () => {
        const { svg, width: w, height, issues } = await renderSvg(widget, article[part], options);
        assert.deepEqual(issues, []);
        const doc = parseXml(svg);
        const root = doc.documentElement;
        assert.equal(root.tagName, 'svg');
        assert.equal(root.getAttribute('xmlns'), 'http://www.w3.org/2000/svg');
        assert.equal(Number(root.getAttribute('width')), width);
        assert.equal(w, width);
        assert.equal(Number(root.getAttribute('height')), height);
        assert.ok(height > 150 && height < 2000, `height ${height}`);
        assert.equal(root.getAttribute('viewBox'), `0 0 ${width} ${height}`);
        assert.equal(root.getAttribute('font-family'), 'sans-serif');
        const title = doc.getElementsByTagName('title')[0]?.textContent ?? '';
        const desc = doc.getElementsByTagName('desc')[0]?.textContent ?? '';
        assert.ok(title.length > 5, `title: ${title}`);
        // The description states the numbers (or names the sites) in the chosen language.
        assert.match(desc, widget === 'site-map' ? /Sakai/ : /\d/);
        const all = texts(doc);
        assert.match(all, figures[locale]);
        assert.match(all, words[locale]);
        // Self-contained: nothing fetched, no script, no custom properties, no HTML inside.
        assert.doesNotMatch(svg, /href=|<script|<foreignObject|var\(--|<!--/);
        // Colours of the theme are written out.
        assert.match(svg, theme === 'dark' ? /fill="#16181b"/ : /fill="#ffffff"/);
        // The chart is the server's drawing, nested at the image's inner width.
        const nested = Array.from(root.getElementsByTagName('svg')).filter(
          (s) => s.parentNode === root,
        );
        assert.equal(nested.length, 1);
        assert.equal(Number(nested[0].getAttribute('width')), width - 32);
      });

      test(`PNG: its size at the pixel ratio, drawn (${label})`, async () => {
        const {
          png,
          width: w,
          height,
          issues,
        } = await renderPng(widget, article[part], {
          ...options,
          scale: 2,
        });
        assert.deepEqual(issues, []);
        const image = PNG.sync.read(Buffer.from(png));
        assert.equal(image.width, width * 2);
        assert.equal(w, width * 2);
        assert.equal(image.height, height);
        // The PNG sets its text in the font it draws with; the SVG, for a viewer's unknown font, no
        // narrower than the estimate: the PNG may wrap fewer lines, never more.
        const svgHeight = (await renderSvg(widget, article[part], options)).height;
        assert.ok(image.height <= svgHeight * 2, `${image.height} > ${svgHeight * 2}`);
        assert.ok(image.height >= svgHeight * 2 * 0.75, `${image.height} < ${svgHeight * 1.5}`);
        // Not blank: many pixels differ from the background, in several colours.
        const background = theme === 'dark' ? [0x16, 0x18, 0x1b] : [0xff, 0xff, 0xff];
        let drawn = 0;
        const colours = new Set();
        for (let i = 0; i < image.data.length; i += 4) {
          const [r, g, b] = image.data.subarray(i, i + 3);
          if (r !== background[0] || g !== background[1] || b !== background[2]) drawn++;
          colours.add((r << 16) | (g << 8) | b);
        }
        const share = drawn / (image.width * image.height);
        assert.ok(share > 0.02, `${(share * 100).toFixed(1)} % of pixels drawn`);
        // Several colours (background, marks, edges), whatever fonts the machine has.
        assert.ok(colours.size >= 3, `${colours.size} colours`);
      });
    }
  });
}

describe('PNG fonts', () => {
  // resvg loading every font of the machine took most of a PNG's time (62-156 ms at 2x): it loads
  // the measured files alone when they hold every glyph, and the image must not change.
  test("the family's files cover its text; text needing a fallback font loads the machine's", async () => {
    const { filesFor, family } = await fontTypeset({ locale: 'en' });
    assert.ok(family, 'fontconfig names a sans-serif family');
    const latin = filesFor('Sakai: 150 MW in 2026, ¥100 billion, à l’été');
    assert.ok(latin && latin.length > 0 && latin.length <= 2, String(latin));
    // Japanese in an English widget's family is drawn with the machine's fallback, as before.
    assert.equal(filesFor('堺工場 150 MW'), undefined);
    // A Japanese widget's family has both.
    const ja = await fontTypeset({ locale: 'ja' });
    assert.ok(ja.filesFor('堺工場 150 MW, Sakai'));
  });

  // English, Japanese, and English with a Japanese heading (drawn with the machine's fonts).
  const variants = [
    ['en', {}],
    ['ja', {}],
    ['en', { heading: '堺工場の AI データセンター' }],
  ];
  for (const [locale, extra] of variants) {
    for (const { widget, part } of CASES) {
      const label = `${widget}, ${locale}${extra.heading ? ', Japanese heading' : ''}`;
      test(`the same pixels as with every font of the machine (${label})`, async () => {
        const { Resvg } = await import('@resvg/resvg-js');
        const { family } = await fontTypeset({ locale });
        const options = { width: 480, locale };
        const fields = { ...article[part], ...extra };
        const { svg } = await renderSvgIn(widget, fields, options, { fontFamily: family });
        const everyFont = new Resvg(svg, {
          fitTo: { mode: 'zoom', value: 2 },
          font: { loadSystemFonts: true, sansSerifFamily: family, defaultFontFamily: family },
        }).render();
        const { png } = await renderPng(widget, fields, { ...options, scale: 2 });
        const image = PNG.sync.read(Buffer.from(png));
        assert.equal(image.width, everyFont.width);
        assert.equal(image.height, everyFont.height);
        assert.ok(Buffer.from(everyFont.pixels).equals(image.data), 'pixels differ');
      });
    }
  }
});

describe('bad input', () => {
  test('an error keeps the widget from rendering and is returned, in all three outputs', async () => {
    const fields = { stages: [{ value: -5 }] };
    for (const render of [renderHtml, renderSvg]) {
      const result = await render('power-ramp-gauge', fields);
      assert.equal(result.html ?? result.svg, '');
      assert.equal(result.issues[0].severity, 'error');
      assert.match(result.issues[0].message, /stages\[0\]\.value must be at least 0; got -5/);
    }
    const png = await renderPng('power-ramp-gauge', fields);
    assert.equal(png.png.length, 0);
    assert.equal(png.issues[0].attribute, 'stages[0].value');
  });

  test('a unit that is no power unit is refused by every output, never drawn as MW', async () => {
    const fields = { ...article.ramp, unit: 'horsepower' };
    for (const render of [renderHtml, renderSvg]) {
      const result = await render('power-ramp-gauge', fields);
      assert.equal(result.html ?? result.svg, '', render.name);
      assert.deepEqual(
        result.issues.map((i) => [i.attribute, i.severity]),
        [['unit', 'error']],
      );
    }
    const png = await renderPng('power-ramp-gauge', fields);
    assert.equal(png.png.length, 0);
    assert.equal(png.issues[0].attribute, 'unit');
  });

  test('a unit in words is drawn in that unit, and display-unit converts on request', async () => {
    const fields = {
      ...article.ramp,
      unit: 'mégawatts',
      stages: [{ value: 300 }, { value: 1000 }],
    };
    const { svg, issues } = await renderSvg('power-ramp-gauge', fields, { width: 400 });
    assert.deepEqual(issues, []);
    assert.match(texts(parseXml(svg)), /1,000\sMW/);
    assert.doesNotMatch(texts(parseXml(svg)), /GW/);
    const auto = await renderSvg('power-ramp-gauge', { ...fields, displayUnit: 'auto' });
    assert.match(texts(parseXml(auto.svg)), /1\sGW/);
  });

  test('unknown fields and live-only settings are warnings, and left out', async () => {
    const { html, issues } = await renderHtml('power-ramp-gauge', {
      ...article.ramp,
      colour: 'red',
      src: 'other.json',
    });
    assert.deepEqual(
      issues.map((i) => [i.severity, i.message]),
      [
        ['warning', '"colour" is not a field of lede-power-ramp-gauge; ignoring it'],
        ['warning', '"src" means nothing in a static render; ignoring it'],
      ],
    );
    assert.doesNotMatch(html, /colour=|src=/);
  });

  test('[object Object] text in a data field is an error at once: no framework will set it', async () => {
    const { html, issues } = await renderHtml('site-map', {
      ...article.sites,
      sites: '[object Object]',
    });
    assert.equal(html, '');
    assert.deepEqual(
      issues.filter((i) => i.severity === 'error').map((i) => i.message),
      ['sites got the text "[object Object]": set it as a property or as JSON'],
    );
  });

  test('options out of range throw RangeError', async () => {
    await assert.rejects(renderSvg('site-map', article.sites, { width: 50 }), RangeError);
    await assert.rejects(renderPng('site-map', article.sites, { scale: 9 }), RangeError);
    await assert.rejects(renderHtml('bar-chart', {}), TypeError);
  });

  test('a map whose outline cannot be read is an error naming it', async () => {
    const load = regionLoading.load;
    regionLoading.load = () => Promise.reject(new Error('disk on fire'));
    try {
      const { html, issues } = await renderHtml('site-map', { region: 'KR', sites: [] });
      assert.equal(html, '');
      assert.equal(issues.length, 1);
      assert.equal(issues[0].attribute, 'region');
      assert.match(issues[0].message, /^no outline of KOR \(.*countries\/KOR\.js: disk on fire\)$/);
    } finally {
      regionLoading.load = load;
    }
    // An invalid code stops earlier, at the region itself.
    const invalid = await renderHtml('site-map', { region: 'ZZ', sites: [] });
    assert.equal(invalid.html, '');
    assert.match(invalid.issues[0].message, /region must be an ISO 3166-1 country code/);
  });

  test('hostile text stays text, and the SVG always parses', async () => {
    const hostile = 'A\u0001B\u0008 </title><script>alert(1)</script> ]]> & "q" \ud800 \uffff';
    const fields = {
      heading: hostile,
      source: hostile,
      stages: [{ value: 150, label: hostile }, { value: 240 }],
    };
    const { svg, issues } = await renderSvg('power-ramp-gauge', fields, { width: 400 });
    assert.deepEqual(issues, []);
    const doc = parseXml(svg);
    assert.equal(doc.getElementsByTagName('script').length, 0);
    const title = doc.getElementsByTagName('title')[0].textContent;
    assert.match(title, /<\/title><script>alert\(1\)<\/script> \]\]> & "q"/);
    for (const bad of ['\u0001', '\u0008', '\uffff', '\ud800']) assert.ok(!svg.includes(bad));
    // And resvg, which refuses characters XML forbids, draws it.
    const png = await renderPng('power-ramp-gauge', fields, { width: 400, scale: 1 });
    assert.equal(PNG.sync.read(Buffer.from(png.png)).width, 400);
  });

  test('the narrowest width, 200 px, renders in every output and theme', async () => {
    for (const theme of ['light', 'dark']) {
      for (const render of [renderHtml, renderSvg, renderPng]) {
        const result = await render('deal-value-card', article.deal, {
          width: 200,
          theme,
          scale: 1,
        });
        assert.deepEqual(result.issues, [], `${render.name} ${theme}`);
        assert.ok((result.html ?? result.svg ?? result.png).length > 0, `${render.name} ${theme}`);
      }
    }
  });
});

describe('lede-widgets render', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  const oneLine = (stderr) => {
    assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
    assert.match(stderr, /^lede-widgets: /);
  };

  test('--help documents every option, and exits 0', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    const source = readFileSync(join(ROOT, 'dist/server/cli.js'), 'utf8');
    const options = [
      ...source.matchAll(/['"]?([a-z-]+)['"]?: \{\s*type: ['"](?:string|boolean)['"]/g),
    ];
    assert.ok(options.length >= 11, `${options.length} options found in cli.js`);
    for (const [, option] of options) assert.match(stdout, new RegExp(`--${option}\\b`));
    for (const word of ['html', 'svg', 'png', 'light', 'dark', 'Noto Sans', 'exit']) {
      assert.match(stdout, new RegExp(word, 'i'));
    }
  });

  test('writes each format, chosen by --format or by --out', () => {
    const html = run('render', 'lede-power-ramp-gauge', `${ARTICLE}#ramp`);
    assert.equal(html.status, 0, html.stderr);
    assert.match(html.stdout, /^<lede-power-ramp-gauge [^>]*layout-width="640"/);
    const svg = run(
      'render',
      'site-map',
      `${ARTICLE}#sites`,
      '-f',
      'svg',
      '-t',
      'dark',
      '-w',
      '480',
    );
    assert.equal(svg.status, 0, svg.stderr);
    assert.equal(parseXml(svg.stdout).documentElement.getAttribute('width'), '480');
    const out = join(dir, 'card.png');
    const png = run(
      'render',
      'deal-value-card',
      `${ARTICLE}#deal`,
      '-o',
      out,
      '-l',
      'ja',
      '--scale',
      '1',
    );
    assert.equal(png.status, 0, png.stderr);
    assert.equal(png.stdout, '');
    assert.equal(PNG.sync.read(readFileSync(out)).width, 640);
  });

  test('fields from --set, with JSON values, win over the file', () => {
    const { status, stdout } = run(
      'render',
      'power-ramp-gauge',
      `${ARTICLE}#ramp`,
      '--set',
      'stages=[{"value":1.2,"label":"now"}]',
      '--set',
      'unit=GW',
      '-f',
      'svg',
    );
    assert.equal(status, 0);
    assert.match(texts(parseXml(stdout)), /1\.2\sGW/);
  });

  test('reads standard input', () => {
    const { status, stdout } = spawnSync(
      process.execPath,
      [BIN, 'render', 'deal-value-card', '-'],
      {
        input: JSON.stringify(article.deal),
        encoding: 'utf8',
      },
    );
    assert.equal(status, 0);
    assert.match(stdout, /¥100 billion/);
  });

  test('bad data: one line naming the problem, exit code 1, nothing written', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"stages": [{"value": "lots"}]}');
    const out = join(dir, 'never.svg');
    for (const [args, message] of [
      [
        ['power-ramp-gauge', file, '-o', out],
        /stages\[0\]\.value must be a finite number; got "lots"/,
      ],
      [['power-ramp-gauge', `${ARTICLE}#nowhere`], /has nothing at \/nowhere/],
      [
        ['power-ramp-gauge', ARTICLE],
        /holds an article with the parts ramp, sites, deal: .*#ramp\n$/,
      ],
      [['site-map', `${ARTICLE}#sites`, '--set', 'region=ZZ'], /region/],
      [
        ['power-ramp-gauge', `${ARTICLE}#ramp`, '--set', 'unit=horsepower'],
        /unit must be a power unit.*; got "horsepower"/,
      ],
      [['power-ramp-gauge', `${ARTICLE}#ramp`, '--set', 'current=7'], /current must be "none"/],
      [['deal-value-card', `${ARTICLE}#deal`, '--set', 'date=14/03/2025'], /date must be/],
      [['power-ramp-gauge', join(dir, 'missing.json')], /cannot read/],
      [['power-ramp-gauge', BIN], /is not JSON/],
    ]) {
      const { status, stderr, stdout } = run('render', ...args);
      assert.equal(status, 1, `${args.join(' ')}: ${stderr}`);
      oneLine(stderr);
      assert.match(stderr, message);
      assert.equal(stdout, '');
    }
    assert.throws(() => readFileSync(out), /ENOENT/);
  });

  test('options that do not fit the output: one line, exit code 2', () => {
    for (const [args, message] of [
      [['--scale', 'abc', '-f', 'png'], /--scale must be a number, not "abc"/],
      [['--scale', '2', '-f', 'svg'], /--scale is for png output only/],
      [['--font-family', 'Arial'], /--font-family is for png output only/],
      [['-o', join(dir, 'card.jpg')], /cannot tell the format from \.jpg/],
      [['-f', 'png', '--font', join(dir, 'missing.ttf')], /--font .*missing\.ttf: no such file/],
    ]) {
      const { status, stderr } = run('render', 'deal-value-card', `${ARTICLE}#deal`, ...args);
      assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
      oneLine(stderr);
      assert.match(stderr, message);
    }
  });

  test('an output that cannot be written: one line, exit code 1', () => {
    const { status, stderr } = run(
      'render',
      'deal-value-card',
      `${ARTICLE}#deal`,
      '-o',
      join(dir, 'no-such-folder', 'card.svg'),
    );
    assert.equal(status, 1);
    oneLine(stderr);
    assert.match(stderr, /cannot write .*card\.svg: ENOENT/);
  });

  test('warnings go to standard error and the render goes on', () => {
    const { status, stderr, stdout } = run(
      'render',
      'power-ramp-gauge',
      `${ARTICLE}#ramp`,
      '--set',
      'colour=red',
    );
    assert.equal(status, 0);
    assert.match(stderr, /^lede-widgets: warning: "colour" is not a field/);
    assert.match(stdout, /^<lede-power-ramp-gauge/);
    // A field name holding a line break still makes one line of warning.
    const broken = run('render', 'deal-value-card', `${ARTICLE}#deal`, '--set', 'bad\nkey=1');
    assert.equal(broken.status, 0);
    oneLine(broken.stderr);
    assert.match(broken.stderr, /"bad\\nkey" is not a field/);
  });

  test('a bad command line: one line, exit code 2', () => {
    for (const [args, message] of [
      [[], /say what to do/],
      [['draw', 'site-map'], /unknown command "draw"/],
      [['render', 'pie-chart', ARTICLE], /widget must be one of/],
      [
        ['render', 'site-map', `${ARTICLE}#sites`, '--format', 'gif'],
        /--format must be html or svg or png/,
      ],
      [['render', 'site-map', `${ARTICLE}#sites`, '--width', 'wide'], /--width must be a number/],
      [
        ['render', 'site-map', `${ARTICLE}#sites`, '--width', '99999'],
        /width must be a whole number/,
      ],
      [['render', 'site-map', `${ARTICLE}#sites`, '-f', 'png', '--scale', '0'], /scale must be/],
      [
        ['render', 'site-map', `${ARTICLE}#sites`, '--theme', 'sepia'],
        /--theme must be light or dark/,
      ],
      [['render', 'site-map', `${ARTICLE}#sites`, '--nope'], /unknown option --nope \(see/],
      [['render', 'site-map', `${ARTICLE}#sites`, '--lang', 'fr'], /did you mean --locale\?/],
      [['render', 'site-map', `${ARTICLE}#sites`, '--locale', 'xx-invalid_'], /BCP 47/],
      [['render', 'site-map'], /no data/],
      [['render', 'site-map', '--set', 'region'], /--set needs name=value/],
    ]) {
      const { status, stderr } = run(...args);
      assert.equal(status, 2, `${args.join(' ')}: ${stderr}`);
      oneLine(stderr);
      assert.match(stderr, message);
    }
  });
});
