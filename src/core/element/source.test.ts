import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../define.js';
import type { LedeErrorEvent } from './events.js';
import { sourceTiming } from '../data/source.js';
import { captureWarnings, drawn, frame, nextEvent } from '../test-helpers/render.js';

const SAKAI = '/schema/sakai.json';
const shadow = (el: Element) => el.shadowRoot!;
const errorText = (el: Element) => shadow(el).querySelector('[part=error]')?.textContent ?? '';
const summary = (el: Element) =>
  shadow(el).querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? '';

/** Each test reads its own URL: documents are cached per page. */
let serial = 0;
const fresh = (url: string) => {
  const [path, part] = url.split('#');
  return `${path}?t=${Date.now()}-${++serial}${part === undefined ? '' : `#${part}`}`;
};

/** Replaces fetch for one test with `answer`, counting calls per URL. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const calls: string[] = [];
  const real = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    calls.push(url);
    return answer(url, init);
  };
  return { calls, restore: () => (globalThis.fetch = real) };
}

const json = (body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  );

/** Renders a widget and resolves with its first lede-error event. */
async function failing(template: ReturnType<typeof html>): Promise<[Element, LedeErrorEvent]> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
  const failed = nextEvent<LedeErrorEvent>(box, 'lede-error', 9000);
  render(template, box);
  const event = await failed;
  await (box.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> })
    .updateComplete;
  return [box.firstElementChild!, event];
}

describe('src: widget data from a JSON document', () => {
  const warnings = captureWarnings();
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  let stub: ReturnType<typeof stubFetch> | undefined;

  // Listening for the whole suite, and checking a task after each test, catches late rejections.
  before(() => addEventListener('unhandledrejection', onRejection));
  after(() => removeEventListener('unhandledrejection', onRejection));
  beforeEach(() => {
    rejections.length = 0;
  });
  afterEach(async () => {
    stub?.restore();
    stub = undefined;
    sourceTiming.timeoutMs = 10_000;
    await new Promise((resolve) => setTimeout(resolve));
    expect(rejections, 'unhandled rejections').to.deep.equal([]);
  });

  it('draws each widget from its part of the Sakai article, fetching the document once', async () => {
    const real = globalThis.fetch;
    stub = stubFetch((url, init) => real(url, init));
    const doc = fresh(SAKAI);
    const [path] = doc.split('?');
    // Listening before the widgets are added: those in view may draw as soon as the document is here.
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    let ready = 0;
    const allReady = new Promise<void>((resolve) =>
      box.addEventListener('lede-ready', () => ++ready === 3 && resolve()),
    );
    render(
      html`<lede-power-ramp-gauge no-animation src=${`${doc}#ramp`}></lede-power-ramp-gauge>
        <lede-site-map src=${`${doc}#sites`}></lede-site-map>
        <lede-deal-value-card src=${`${doc}#/deal`}></lede-deal-value-card>`,
      box,
    );
    const [gauge, map, card] = [...box.children];
    await allReady;
    expect(summary(gauge!)).to.contain('150\u00a0megawatts in 2026');
    expect(shadow(gauge!).querySelector('[part=heading]')!.textContent).to.equal(
      'Sakai: power of the planned AI data centre',
    );
    expect(shadow(map!).querySelectorAll('[part=marker]')).to.have.length(3);
    expect(shadow(card!).querySelector('[part=headline]')!.textContent).to.contain('100');
    expect(stub.calls.filter((u) => u.includes(path!))).to.have.length(1);
    expect(warnings).to.deep.equal([]);
    await expect(box).to.be.accessible();
  });

  it('lets attributes and a JSON child win over the document', async () => {
    const el = await drawn(
      html`<lede-power-ramp-gauge
        no-animation
        heading="From the attribute"
        src=${fresh(`${SAKAI}#ramp`)}
      >
        <script type="application/json">
          { "source": "From the child" }
        </script>
      </lede-power-ramp-gauge>`,
    );
    expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('From the attribute');
    expect(shadow(el).querySelector('[part=source]')!.textContent).to.contain('From the child');
    expect(summary(el)).to.contain('150\u00a0megawatts');
  });

  it('reads a whole document as the fields when there is no fragment', async () => {
    stub = stubFetch(() => json({ stages: [{ value: 2, label: 'now' }], unit: 'GW' }));
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation src="/ramp.json"></lede-power-ramp-gauge>`,
    );
    expect(summary(el)).to.contain('2\u00a0gigawatts now');
  });

  it('keeps the chart box at its final size with a placeholder while the document loads', async () => {
    let answer!: (r: Response) => void;
    stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <lede-power-ramp-gauge
          no-animation
          heading="Ramp"
          src="/slow.json#ramp"
        ></lede-power-ramp-gauge>
      </div>`,
    );
    const el = box.firstElementChild!;
    await frame();
    await frame();
    const chart = shadow(el).querySelector<HTMLElement>('[part=chart]')!;
    expect(shadow(el).querySelector('[part=placeholder]')).to.exist;
    expect(chart.getAttribute('aria-busy')).to.equal('true');
    const before = chart.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(200);
    const ready = nextEvent(box, 'lede-ready');
    answer(await json({ ramp: { stages: [{ value: 150 }], source: 'From the document' } }));
    await ready;
    expect(chart.getAttribute('aria-busy')).to.equal('false');
    expect(shadow(el).querySelector('svg')).to.exist;
    // The chart box keeps its size; the source line from the document is added below it.
    expect(chart.getBoundingClientRect().height).to.equal(before);
    expect(shadow(el).querySelector('[part=source]')!.textContent).to.contain('From the document');
  });

  it('names the document and the JSON path of a bad field', async () => {
    stub = stubFetch(() =>
      json({
        sites: {
          region: 'JP',
          sites: [
            { name: 'Sakai', lat: 34.58, lon: 135.45 },
            { name: 'Nowhere', lat: 134.58, lon: 135.45 },
          ],
          colour: 'red',
        },
      }),
    );
    const [, event] = await failing(
      html`<lede-site-map src="/article.json#sites"></lede-site-map>`,
    );
    const issues = event.detail.issues;
    const lat = issues.find((i) => i.path === '/sites/sites/1/lat');
    expect(lat, JSON.stringify(issues)).to.exist;
    expect(lat!.attribute).to.equal('src');
    expect(lat!.message).to.match(/^\/article\.json#sites, at \/sites\/sites\/1\/lat: /);
    const unknown = issues.find((i) => i.value === 'colour');
    expect(unknown!.message).to.contain('/sites/colour');
    expect(unknown!.message).to.contain('has no field "colour"');
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('/sites/sites/1/lat');
  });

  const failures: [string, () => void, string, RegExp][] = [
    [
      'a 404',
      () => {},
      '/nowhere/missing.json#ramp',
      /\/nowhere\/missing\.json could not be fetched \(HTTP 404/,
    ],
    [
      'a network error',
      () => {
        // What fetch() does when the connection fails or CORS refuses the answer.
        stub = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      },
      '/unreachable/article.json#ramp',
      /\/unreachable\/article\.json could not be fetched \(Failed to fetch; network error or CORS\)/,
    ],
    [
      'a timeout',
      () => {
        sourceTiming.timeoutMs = 100;
        stub = stubFetch(
          (_, init) =>
            new Promise<Response>((_resolve, reject) =>
              init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted'))),
            ),
        );
      },
      '/hanging.json#ramp',
      /\/hanging\.json did not answer in 0\.1 s/,
    ],
    [
      'invalid JSON',
      () => {
        stub = stubFetch(() => Promise.resolve(new Response('{"ramp": {"stages": [')));
      },
      '/truncated.json#ramp',
      /\/truncated\.json is not valid JSON/,
    ],
    [
      'a missing part',
      () => {
        stub = stubFetch(() => json({ deal: {} }));
      },
      '/missing-part.json#ramp',
      /\/missing-part\.json has nothing at \/ramp/,
    ],
    [
      'a part of the wrong shape',
      () => {
        stub = stubFetch(() => json({ ramp: [{ value: 150 }] }));
      },
      '/wrong-shape.json#ramp',
      /\/wrong-shape\.json must hold an object of fields at \/ramp/,
    ],
    ['a URL that is not http', () => {}, 'javascript:alert(1)', /src must be an http or https URL/],
  ];

  for (const [what, arrange, src, message] of failures) {
    it(`ends in the error state on ${what}, naming the URL`, async () => {
      arrange();
      const [el, event] = await failing(
        html`<lede-power-ramp-gauge heading="Ramp" src=${src}></lede-power-ramp-gauge>`,
      );
      const error = event.detail.issues.find((i) => i.attribute === 'src');
      expect(error?.severity).to.equal('error');
      expect(error?.message).to.match(message);
      expect(errorText(el)).to.contain('“src”').and.not.match(message);
      expect(shadow(el).querySelector('[part=heading]')!.textContent).to.equal('Ramp');
      // Only the document's problem, not the fields it would have held ("stages is required").
      expect(event.detail.issues).to.have.length(1);
      expect(warnings).to.have.length(1);
    });
  }

  it('retries a document that failed when the same src is set again', async () => {
    let fail = true;
    stub = stubFetch(() =>
      fail ? Promise.reject(new TypeError('Failed to fetch')) : json({ stages: [{ value: 1 }] }),
    );
    const [el] = await failing(
      html`<lede-power-ramp-gauge src="/flaky.json"></lede-power-ramp-gauge>`,
    );
    fail = false;
    const ready = nextEvent(el, 'lede-ready');
    el.setAttribute('src', '/flaky.json');
    await ready;
    expect(stub.calls).to.have.length(2);
  });

  it('steps into arrays with an index in the fragment', async () => {
    stub = stubFetch(() => json({ widgets: [{}, { stages: [{ value: 7, label: 'now' }] }] }));
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation src="/list.json#widgets/1"></lede-power-ramp-gauge>`,
    );
    expect(summary(el)).to.contain('7\u00a0megawatts now');
  });

  it('ignores a late answer for a src that was replaced', async () => {
    let answerOld!: (r: Response) => void;
    stub = stubFetch((url) =>
      url.includes('old')
        ? new Promise<Response>((resolve) => (answerOld = resolve))
        : json({ stages: [{ value: 2, label: 'new' }] }),
    );
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <lede-power-ramp-gauge no-animation src="/old.json"></lede-power-ramp-gauge>
      </div>`,
    );
    const el = box.firstElementChild!;
    await frame();
    await frame();
    const ready = nextEvent(el, 'lede-ready');
    el.setAttribute('src', '/new.json');
    await ready;
    answerOld(await json({ stages: [{ value: 1, label: 'old' }] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await frame();
    expect(summary(el)).to.contain('new');
    expect(summary(el)).not.to.contain('old');
  });

  it('falls back to attributes when src is removed', async () => {
    stub = stubFetch(() => json({ stages: [{ value: 3, label: 'document' }] }));
    const el = await drawn(
      html`<lede-power-ramp-gauge no-animation src="/doc.json"></lede-power-ramp-gauge>`,
    );
    const ready = nextEvent(el, 'lede-ready');
    el.setAttribute('stages', '[{"value":4,"label":"attribute"}]');
    el.removeAttribute('src');
    await ready;
    expect(summary(el)).to.contain('attribute');
  });

  it('announces lede-ready when a widget that drew while detached is attached again', async () => {
    let answer!: (r: Response) => void;
    stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <lede-power-ramp-gauge no-animation src="/moved.json"></lede-power-ramp-gauge>
      </div>`,
    );
    const el = box.firstElementChild!;
    await frame();
    await frame();
    el.remove();
    answer(await json({ stages: [{ value: 5 }] }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ready = nextEvent(el, 'lede-ready');
    box.append(el);
    await ready;
    expect(shadow(el).querySelector('svg')).to.exist;
  });

  it('resolves a relative src once: a later change of the page URL does not refetch', async () => {
    stub = stubFetch(() => json({ stages: [{ value: 6 }] }));
    const page = location.href;
    try {
      const el = await drawn<HTMLElement & { heading?: string; updateComplete: Promise<unknown> }>(
        html`<lede-power-ramp-gauge no-animation src="relative.json"></lede-power-ramp-gauge>`,
      );
      history.pushState({}, '', '/somewhere/deeper/');
      el.heading = 'Redrawn';
      await el.updateComplete;
      expect(stub.calls).to.have.length(1);
      expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    } finally {
      history.replaceState({}, '', page);
    }
  });
});

describe('lazy: work starts near the viewport', () => {
  // Resource timing entries are counted below: room for all of them, whatever ran before.
  before(() => performance.setResourceTimingBufferSize(100_000));

  it('fetches nothing and draws nothing far below the viewport until scrolled to', async () => {
    const real = globalThis.fetch;
    const stub = stubFetch((url, init) => real(url, init));
    try {
      const doc = fresh(SAKAI);
      // Listening before the widgets are added: the eager one may draw as soon as the document is here.
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const eagerReady = nextEvent(box, 'lede-ready');
      render(
        html`<div style="height: 4000px"></div>
          <lede-site-map src=${`${doc}#sites`}></lede-site-map>
          <lede-power-ramp-gauge
            no-animation
            loading="eager"
            src=${`${doc}#ramp`}
          ></lede-power-ramp-gauge>`,
        box,
      );
      const map = box.children[1]!;
      const eager = box.children[2]!;
      expect((await eagerReady).target).to.equal(eager);
      await frame();
      // The eager gauge fetched the shared document; the map far below has not used it yet.
      expect(stub.calls).to.have.length(1);
      expect(shadow(map).querySelector('svg')).to.equal(null);
      expect(shadow(map).querySelector('[part=placeholder]')).to.exist;
      const ready = nextEvent(map, 'lede-ready');
      map.scrollIntoView();
      await ready;
      expect(shadow(map).querySelectorAll('[part=marker]')).to.have.length(3);
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
      scrollTo(0, 0);
    }
  });

  it('does not fetch the map outline before the map comes near', async () => {
    const outline = () =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('/countries/NZL'));
    expect(outline()).to.have.length(0);
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <div style="height: 5000px"></div>
        <lede-site-map
          region="NZ"
          sites='[{"name":"Wellington","lat":-41.29,"lon":174.78}]'
        ></lede-site-map>
      </div>`,
    );
    const map = box.children[1]!;
    await frame();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outline()).to.have.length(0);
    // The legend is there before the map, so the map's arrival does not change the height.
    expect(shadow(map).querySelector('[part=legend]')).to.exist;
    const before = map.getBoundingClientRect().height;
    const ready = nextEvent(map, 'lede-ready');
    map.scrollIntoView();
    await ready;
    expect(outline()).to.have.length(1);
    expect(map.getBoundingClientRect().height).to.equal(before);
    scrollTo(0, 0);
  });

  it('reports a bad loading value and stays lazy', async () => {
    const [box, event] = await failing(
      html`<div>
        <div style="height: 5000px"></div>
        <lede-power-ramp-gauge loading="soon" stages='[{"value":1}]'></lede-power-ramp-gauge>
      </div>`,
    );
    expect(event.detail.issues[0]!.attribute).to.equal('loading');
    await frame();
    expect(shadow(box.lastElementChild!).querySelector('svg')).to.equal(null);
  });

  it('gives screen readers the figures before drawing, and marks the box busy', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <div style="height: 5000px"></div>
        <lede-power-ramp-gauge stages='[{"value":150,"label":"2026"}]'></lede-power-ramp-gauge>
        <lede-deal-value-card
          amount="100000000000"
          currency="JPY"
          compare='[{"label":"Another deal","amount":50000000000}]'
        ></lede-deal-value-card>
        <lede-site-map
          region="JP"
          sites='[{"name":"Sakai","lat":34.58,"lon":135.45}]'
        ></lede-site-map>
      </div>`,
    );
    await frame();
    const [gauge, card, map] = [...box.children].slice(1);
    expect(shadow(gauge!).querySelector('svg')).to.equal(null);
    expect(shadow(gauge!).querySelector('table')!.textContent).to.contain('150');
    expect(shadow(card!).querySelector('table')!.textContent).to.contain('100');
    expect(shadow(map!).querySelector('[part=list]')!.textContent).to.contain('Sakai');
    for (const el of [gauge, card, map]) {
      expect(shadow(el!).querySelector('[part=chart]')!.getAttribute('aria-busy')).to.equal('true');
    }
  });

  it('draws a widget far below at once for printing, in its final state', async () => {
    const stages = '[{"value":150,"label":"2026"},{"value":240}]';
    const reference = await drawn(
      html`<lede-power-ramp-gauge
        no-animation
        current="0"
        stages=${stages}
      ></lede-power-ramp-gauge>`,
    );
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 480px">
        <div style="height: 5000px"></div>
        <lede-power-ramp-gauge current="0" stages=${stages}></lede-power-ramp-gauge>
      </div>`,
    );
    await frame();
    const gauge = box.lastElementChild!;
    expect(shadow(gauge).querySelector('svg')).to.equal(null);
    dispatchEvent(new Event('beforeprint'));
    // Synchronously: a print layout is taken right after beforeprint.
    const fill = shadow(gauge).querySelector('.fill')?.getAttribute('d');
    dispatchEvent(new Event('afterprint'));
    // The whole sweep, as drawn without animation, not its first frame.
    expect(fill).to.equal(shadow(reference).querySelector('.fill')!.getAttribute('d'));
  });
});

describe('the same data from attributes, a JSON child or src draws the same widget', () => {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const text = (el: Element) => shadow(el).textContent.replace(/\s+/g, ' ').trim();

  async function render3(tag: string, fields: Record<string, unknown>, src: string) {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const fromAttributes = document.createElement(tag);
    for (const [name, value] of Object.entries(fields)) {
      // Strings as they are, numbers and lists as JSON text: what an author writes.
      fromAttributes.setAttribute(
        kebab(name),
        typeof value === 'string' ? value : JSON.stringify(value),
      );
    }
    const fromChild = document.createElement(tag);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(fields);
    fromChild.append(script);
    const fromSrc = document.createElement(tag);
    fromSrc.setAttribute('src', src);
    const widgets = [fromAttributes, fromChild, fromSrc];
    for (const el of widgets) el.setAttribute('no-animation', '');
    let ready = 0;
    const all = new Promise<void>((resolve) =>
      box.addEventListener('lede-ready', () => ++ready === 3 && resolve()),
    );
    box.append(...widgets);
    await all;
    return widgets;
  }

  const parts = [
    ['lede-power-ramp-gauge', 'ramp'],
    ['lede-site-map', 'sites'],
    ['lede-deal-value-card', 'deal'],
  ] as const;

  for (const [tag, part] of parts) {
    it(`<${tag}>`, async () => {
      const response = await fetch(SAKAI);
      const article = (await response.json()) as Record<string, Record<string, unknown>>;
      const [a, b, c] = await render3(tag, article[part]!, fresh(`${SAKAI}#${part}`));
      expect(shadow(a!).querySelector('svg')).to.exist;
      expect(text(a!)).to.contain('SoftBank');
      expect(text(b!)).to.equal(text(a!));
      expect(text(c!)).to.equal(text(a!));
    });
  }
});
