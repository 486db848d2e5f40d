import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot } from '@web/test-runner-commands';
import './define.js';
import { LedePowerRampGauge } from './power-ramp-gauge.js';
import { ESTIMATE, type Typeset } from '../core/layout/text.js';
import type { LedeErrorEvent } from '../core/element/events.js';
import {
  captureWarnings,
  drawn,
  frame,
  nextEvent,
  normalizeSvg,
} from '../core/test-helpers/render.js';
import { prefer, preferDefaults } from '../core/test-helpers/media.js';

const NBSP = '\u00a0';
const SAKAI = '[{"value":150,"label":"2026"},{"value":240,"label":"à terme","atLeast":true}]';

/**
 * The gauge laid out with the estimated text widths (the per-character table a server uses when it
 * cannot measure) in place of the page font's, for the snapshots: they guard the drawing, and are
 * the same in every engine this way. Measured widths differ per engine, each drawing an unstyled
 * page in a default font of its own: "plus de 240 MW" in bold 16 px is 111.6 px in Chromium
 * (Liberation Serif), 145.1 in Firefox and 144 in WebKit (DejaVu Serif), where it takes two lines
 * and the arc another radius. Text in real fonts is checked by fonts.test.ts, in every engine.
 */
class EstimatedWidthsGauge extends LedePowerRampGauge {
  protected override get typeset(): Typeset {
    return ESTIMATE;
  }
}
customElements.define('lede-estimated-widths-gauge', EstimatedWidthsGauge);

const shadow = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => shadow(el).querySelector('svg')!;
/** Each text of the drawing, its lines (tspans) joined by a space. */
const texts = (el: Element) =>
  [...svgOf(el).querySelectorAll('text')].map((t) => {
    const lines = t.querySelectorAll('tspan');
    const text = lines.length ? [...lines].map((l) => l.textContent).join(' ') : t.textContent;
    return text.replace(/[ \n\t]+/g, ' ').trim();
  });

describe('<lede-power-ramp-gauge>', () => {
  const warnings = captureWarnings();

  it('draws the Sakai ramp in French with its heading, source and figures, all planned', async () => {
    const el = await drawn<LedePowerRampGauge>(
      html`<lede-power-ramp-gauge
        lang="fr"
        unit="MW"
        no-animation
        heading="Sakai : la puissance du futur centre de données"
        source="SoftBank, mars 2025"
        stages=${SAKAI}
      ></lede-power-ramp-gauge>`,
    );
    const root = shadow(el);
    expect(root.querySelector('[part=heading]')!.textContent).to.equal(
      'Sakai : la puissance du futur centre de données',
    );
    expect(root.querySelector('[part=source]')!.textContent.trim()).to.equal(
      `Source${NBSP}: SoftBank, mars 2025`,
    );
    expect(texts(el)).to.include.members([
      `150${NBSP}MW 2026`,
      '0',
      `250${NBSP}MW`,
      `150${NBSP}MW`,
      'prévus en 2026',
    ]);
    // The worded hedge stays with its figure; where the page font makes it too wide for its room it
    // takes a line of its own ("plus de" / "240 MW").
    const figures = [...svgOf(el).querySelectorAll('tspan.figure')].map((t) => t.textContent);
    expect(figures[0]).to.equal(`150${NBSP}MW`);
    expect(figures.slice(1).join(NBSP)).to.equal(`plus de${NBSP}240${NBSP}MW`);
    expect(svgOf(el).getAttribute('role')).to.equal('img');
    expect(svgOf(el).getAttribute('aria-label')).to.equal(
      `Puissance${NBSP}: 150${NBSP}mégawatts en 2026 (prévus), plus de 240${NBSP}mégawatts à terme (prévus)`,
    );
    // The plant opens in 2026: nothing is filled, and the centre figure is drawn as planned.
    expect(root.querySelector('[part=value]')).to.equal(null);
    expect(root.querySelectorAll('[part=planned]')).to.have.length(3);
    expect(root.querySelector('[part=figure]')!.classList.contains('planned-figure')).to.equal(
      true,
    );
    expect(root.querySelector('text.current')).to.equal(null);
    const rows = [...root.querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent.trim()),
    );
    expect(rows).to.deep.equal([
      ['2026', `150${NBSP}mégawatts`, 'prévue'],
      ['à terme', `plus de 240${NBSP}mégawatts`, 'prévue'],
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('fills the ramp up to the stage current names, in the reached style', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge
        lang="en"
        no-animation
        current="0"
        stages=${SAKAI}
      ></lede-power-ramp-gauge>`,
    );
    const root = shadow(el);
    expect(root.querySelector('[part=value]')!.getAttribute('d')).to.match(/^M/);
    expect(root.querySelectorAll('[part=planned]')).to.have.length(2);
    expect(root.querySelector('[part=figure]')!.getAttribute('class')).to.equal('center-value');
    expect(root.querySelector('text.current')!.textContent).to.contain(`150${NBSP}MW`);
    const status = [...root.querySelectorAll('tbody tr td:last-child')].map((c) => c.textContent);
    expect(status).to.deep.equal(['reached', 'planned']);
  });

  it('passes axe in light and dark themes', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await drawn(
        html`<lede-power-ramp-gauge
          theme=${theme}
          no-animation
          heading="Sakai"
          source="SoftBank"
          stages=${SAKAI}
        ></lede-power-ramp-gauge>`,
      );
      await expect(el).to.be.accessible();
    }
  });

  it('takes stages as a property', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const el = document.createElement('lede-power-ramp-gauge');
    el.noAnimation = true;
    el.stages = [{ value: 1200 }, { value: 2400, label: 'later' }];
    const ready = nextEvent(el, 'lede-ready');
    box.append(el);
    await ready;
    expect(texts(el)).to.include(`1,200${NBSP}MW`);
    el.displayUnit = 'auto';
    await el.updateComplete;
    expect(texts(el)).to.include(`1.2${NBSP}GW`);
    el.displayUnit = 'kilowatts';
    el.current = 'none';
    await el.updateComplete;
    expect(texts(el)).to.include(`1,200,000${NBSP}kW`);
  });

  it('reads data from a JSON child when attributes are absent, attributes winning', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation heading="From the attribute">
        <script type="application/json">
          { "heading": "From the child", "stages": [{ "value": 80, "label": "2027" }] }
        </script>
      </lede-power-ramp-gauge>`,
    );
    expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('From the attribute');
    expect(texts(el)).to.include(`80${NBSP}MW 2027`);
  });

  it('reads current and displayUnit from a JSON child', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge lang="en" no-animation>
        <script type="application/json">
          { "stages": [{ "value": 800 }, { "value": 1500 }], "displayUnit": "auto", "current": 0 }
        </script>
      </lede-power-ramp-gauge>`,
    );
    expect(texts(el)).to.include.members([`0.8${NBSP}GW`, `1.5${NBSP}GW`]);
    expect(shadow(el).querySelector('[part=value]')).to.not.equal(null);
  });

  it('reports invalid JSON once, shows a message naming the attribute, and never throws', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('lede-power-ramp-gauge');
    el.setAttribute('stages', '[{"value":150,}]');
    const error = nextEvent<LedeErrorEvent>(el, 'lede-error');
    box.append(el);
    const event = await error;
    expect(event.detail.issues).to.have.length(1);
    expect(event.detail.issues[0]).to.include({ attribute: 'stages', severity: 'error' });
    await el.updateComplete;
    await el.updateComplete;
    const message = shadow(el).querySelector('[part=error]')!.textContent;
    expect(message).to.contain('This chart cannot be shown');
    expect(message).to.contain('The data in “stages” could not be read.');
    expect(message).not.to.contain('JSON');
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<lede-power-ramp-gauge>: stages is not valid JSON');
    // The chart box keeps its reserved height.
    expect(shadow(el).querySelector('.chart')!.getBoundingClientRect().height).to.be.greaterThan(
      150,
    );
  });

  it('shows its error box for a unit it cannot read, never megawatts in its place', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const el = document.createElement('lede-power-ramp-gauge');
    el.setAttribute('unit', 'horsepower');
    el.setAttribute('stages', SAKAI);
    el.noAnimation = true;
    const error = nextEvent<LedeErrorEvent>(el, 'lede-error');
    box.append(el);
    const issues = (await error).detail.issues;
    await el.updateComplete;
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ attribute: 'unit', value: 'horsepower', severity: 'error' });
    expect(issues[0]!.message).to.contain('"horsepower"');
    expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(warnings).to.have.length(1);
  });

  it('draws a unit written in words or in Japanese in that unit', async () => {
    for (const unit of ['kw', 'mégawatts', 'ギガワット']) {
      const el = await drawn(
        html`<lede-power-ramp-gauge
          lang="en"
          no-animation
          unit=${unit}
          stages=${SAKAI}
        ></lede-power-ramp-gauge>`,
      );
      const symbol = { kw: 'kW', mégawatts: 'MW', ギガワット: 'GW' }[unit];
      expect(texts(el), unit).to.include(`150${NBSP}${symbol} 2026`);
    }
    expect(warnings).to.deep.equal([]);
  });

  it('renders markup in labels and headings as text', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge
        no-animation
        heading=${'<b>bold?</b>'}
        current="0"
        stages=${'[{"value":150,"label":"<img src=x onerror=alert(1)>"}]'}
      ></lede-power-ramp-gauge>`,
    );
    const root = shadow(el);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('b')).to.equal(null);
    expect(root.querySelector('[part=heading]')!.textContent).to.equal('<b>bold?</b>');
    expect(root.querySelector('tbody th')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    // In the middle of the ring the long label takes two lines as text, cut to fit if need be.
    const center = [...root.querySelectorAll('.center-label tspan')].map((t) => t.textContent);
    expect(center.join(' ')).to.match(/^<img src=x( onerror=alert\(1\)>|.*…)$/);
    expect(center).to.have.length(2);
    expect(texts(el).some((t) => t.startsWith(`150${NBSP}MW <img src=x`))).to.equal(true);
  });

  it('redraws to the new width on resize without firing lede-ready again', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation stages=${SAKAI}></lede-power-ramp-gauge>`,
      320,
    );
    expect(svgOf(el).getAttribute('viewBox')).to.match(/^0 0 320 /);
    let readies = 0;
    el.addEventListener('lede-ready', () => readies++);
    // lede-ready fires inside the ResizeObserver turn that drew the chart; resize after it.
    await frame();
    el.parentElement!.style.width = '900px';
    await frame();
    await frame();
    expect(svgOf(el).getAttribute('viewBox')).to.match(/^0 0 900 /);
    expect(readies).to.equal(0);
  });

  it('follows the nearest lang, and a locale attribute over it', async () => {
    const el = await drawn(
      html`<div lang="ja">
        <lede-power-ramp-gauge
          no-animation
          stages='[{"value":150,"label":"2026"}]'
        ></lede-power-ramp-gauge>
      </div>`,
    );
    const gauge = el.querySelector('lede-power-ramp-gauge')!;
    expect(svgOf(gauge).getAttribute('aria-label')).to.equal('電力：2026年 150メガワット（計画）');
    gauge.locale = 'en';
    await gauge.updateComplete;
    expect(svgOf(gauge).getAttribute('aria-label')).to.equal(
      `Power: 150${NBSP}megawatts in 2026 (planned)`,
    );
  });

  it('warns about a malformed locale and falls back', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge
        locale="x_y_z!"
        no-animation
        stages=${SAKAI}
      ></lede-power-ramp-gauge>`,
    );
    expect(String(warnings[0]![0])).to.contain('locale "x_y_z!" is not a valid language tag');
    expect(svgOf(el).getAttribute('aria-label')).to.match(/^Power: /);
  });

  it('takes a dark data-theme from an ancestor, unless its own theme says otherwise', async () => {
    const el = await drawn(
      html`<div data-theme="dark">
        <lede-power-ramp-gauge no-animation stages=${SAKAI}></lede-power-ramp-gauge>
      </div>`,
    );
    const gauge = el.querySelector('lede-power-ramp-gauge')!;
    expect(shadow(gauge).querySelector('.frame')!.classList.contains('dark')).to.equal(true);
    gauge.theme = 'light';
    await gauge.updateComplete;
    expect(shadow(gauge).querySelector('.frame')!.classList.contains('dark')).to.equal(false);
    el.setAttribute('data-theme', 'light');
    gauge.theme = 'auto';
    await gauge.updateComplete;
    expect(shadow(gauge).querySelector('.frame')!.classList.contains('dark')).to.equal(false);
    // A site's theme switch on an ancestor redraws the widget without touching it.
    el.setAttribute('data-theme', 'dark');
    await frame();
    await gauge.updateComplete;
    expect(shadow(gauge).querySelector('.frame')!.classList.contains('dark')).to.equal(true);
  });

  it('follows a lang change on an ancestor', async () => {
    const el = await drawn(
      html`<div lang="en">
        <lede-power-ramp-gauge no-animation stages='[{"value":150}]'></lede-power-ramp-gauge>
      </div>`,
    );
    const gauge = el.querySelector('lede-power-ramp-gauge')!;
    el.setAttribute('lang', 'fr');
    await frame();
    await gauge.updateComplete;
    expect(svgOf(gauge).getAttribute('aria-label')).to.equal(
      `Puissance${NBSP}: 150${NBSP}mégawatts (prévus)`,
    );
  });

  it('survives odd property values set from script', async () => {
    const el = await drawn<LedePowerRampGauge>(
      html`<lede-power-ramp-gauge no-animation stages=${SAKAI}></lede-power-ramp-gauge>`,
    );
    const bare = Object.create(null) as Record<string, unknown>;
    bare.self = bare;
    Object.assign(el, { locale: 5, heading: bare, theme: {}, current: null });
    await el.updateComplete;
    expect(svgOf(el)).to.not.equal(null);
    expect(warnings.length).to.be.greaterThan(0);
    // An end of scale that is no number cannot be drawn: the error box says so.
    el.max = [1] as unknown as number;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part=error]')).to.not.equal(null);
  });

  it('ignores a broken JSON child when the attributes carry the data', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation stages=${SAKAI}>
        <script type="application/json">
          { not json
        </script>
      </lede-power-ramp-gauge>`,
    );
    expect(svgOf(el)).to.not.equal(null);
    expect(String(warnings[0]![0])).to.contain('the JSON data child is not valid JSON');
  });

  it('fires lede-ready once when a widget with a JSON child is moved', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation>
        <script type="application/json">
          { "stages": [{ "value": 80 }] }
        </script>
      </lede-power-ramp-gauge>`,
    );
    let readies = 0;
    el.addEventListener('lede-ready', () => readies++);
    const box = el.parentElement!;
    box.append(document.createElement('p'), el);
    el.append(document.createTextNode(' '));
    await new Promise((r) => setTimeout(r, 50));
    expect(readies).to.equal(0);
  });

  it('sweeps the fill from zero on first view, and skips the sweep for reduced motion', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge current="1" stages=${SAKAI}></lede-power-ramp-gauge>`,
    );
    const fill = () => shadow(el).querySelector('.fill')!.getAttribute('d');
    const first = fill();
    await new Promise((r) => setTimeout(r, 1100));
    expect(fill()).to.not.equal(first);

    // Chromium's page prefers reduced motion; Firefox's and WebKit's launchers cannot emulate it,
    // and the widgets' media hook answers for the page (test-helpers/media.ts).
    await prefer({ reducedMotion: 'reduce' });
    try {
      const calm = await drawn(
        html`<lede-power-ramp-gauge current="1" stages=${SAKAI}></lede-power-ramp-gauge>`,
      );
      const calmFill = shadow(calm).querySelector('.fill')!.getAttribute('d');
      await new Promise((r) => setTimeout(r, 100));
      expect(shadow(calm).querySelector('.fill')!.getAttribute('d')).to.equal(calmFill);
      expect(calmFill).to.equal(fill());
    } finally {
      await preferDefaults();
    }
  });

  it('matches the SVG snapshot of the Sakai gauge at 480 px', async () => {
    const el = await drawn(
      html`<lede-estimated-widths-gauge
        lang="fr"
        no-animation
        stages=${SAKAI}
      ></lede-estimated-widths-gauge>`,
    );
    await compareSnapshot({
      name: 'power-ramp-gauge-sakai-fr-480',
      content: normalizeSvg(svgOf(el)),
    });
  });

  it('matches the SVG snapshot of a gauge with its first stage reached at 480 px', async () => {
    const el = await drawn(
      html`<lede-estimated-widths-gauge
        lang="fr"
        no-animation
        current="0"
        stages=${SAKAI}
      ></lede-estimated-widths-gauge>`,
    );
    await compareSnapshot({
      name: 'power-ramp-gauge-reached-fr-480',
      content: normalizeSvg(svgOf(el)),
    });
  });

  it('never throws when the tag is defined again', async () => {
    const { defineElement } = await import('../core/element/define.js');
    const info = console.info;
    const notes: unknown[] = [];
    console.info = (...args: unknown[]) => notes.push(args);
    try {
      class Another extends HTMLElement {}
      expect(() => defineElement('lede-power-ramp-gauge', Another)).to.not.throw();
      expect(notes).to.have.length(1);
      const { LedePowerRampGauge } = await import('./power-ramp-gauge.js');
      defineElement('lede-power-ramp-gauge', LedePowerRampGauge);
      expect(notes).to.have.length(1);
    } finally {
      console.info = info;
    }
  });
});

describe('<lede-power-ramp-gauge> parts', () => {
  it('exposes every documented part', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge
        no-animation
        heading="Sakai"
        source="SoftBank"
        current="0"
        stages=${SAKAI}
      ></lede-power-ramp-gauge>`,
    );
    const parts = new Set(
      [...shadow(el).querySelectorAll('[part]')].map((e) => e.getAttribute('part')),
    );
    const broken = await fixture(html`<lede-power-ramp-gauge stages="[]"></lede-power-ramp-gauge>`);
    await (broken as LedePowerRampGauge).updateComplete;
    shadow(broken)
      .querySelectorAll('[part]')
      .forEach((e) => parts.add(e.getAttribute('part')));
    expect([...parts].sort()).to.deep.equal([
      'chart',
      'error',
      'figure',
      'frame',
      'heading',
      'marker',
      'planned',
      'source',
      'svg',
      'table',
      'track',
      'value',
    ]);
  });
});
