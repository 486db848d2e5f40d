// Failing networks: a `src` document or a map's outline that cannot be had ends in a clear error
// state naming the URL (one lede-error, one warning, nothing uncaught), the rest of the page still
// draws, and a later `src` (or region) change recovers. Cases source.test.ts already covers (404,
// a failed fetch, a hanging fetch, truncated JSON) are not repeated here.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../define.js';
import type { LedeErrorEvent } from './events.js';
import { sourceTiming } from '../data/source.js';
import { regionLoading } from '../../load-region.js';
import { captureWarnings, nextEvent, watchUncaught } from '../test-helpers/render.js';

const shadow = (el: Element) => el.shadowRoot!;
const errorText = (el: Element) => shadow(el).querySelector('[part=error]')?.textContent ?? '';
const STAGES = '[{"value":150,"label":"2026"}]';
const TOKYO = '[{"name":"Tokyo","lat":35.68,"lon":139.69}]';
const PARIS = '[{"name":"Paris","lat":48.86,"lon":2.35}]';

/** Each test reads its own URL: documents are cached per page. */
let serial = 0;
const fresh = (path: string) => `${path}?n=${++serial}-${Date.now()}`;

/** Replaces fetch with `answer` until restored. */
function stubFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const real = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    answer(input instanceof Request ? input.url : input.toString(), init);
  return () => (globalThis.fetch = real);
}

const good = () =>
  Promise.resolve(
    new Response(JSON.stringify({ stages: [{ value: 7, label: 'now' }] }), {
      headers: { 'content-type': 'application/json' },
    }),
  );

/** A body that sends `first` at once, then fails as a dropped connection does. */
function cutBody(first: string): Response {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(new TypeError('network error'));
      sent = true;
      controller.enqueue(new TextEncoder().encode(first));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

/** Headers at once, the body only after `ms`, cut when the request is aborted (as fetch does). */
function slowBody(ms: number, init?: RequestInit): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const timer = setTimeout(() => {
        controller.enqueue(new TextEncoder().encode('{"stages":[{"value":1}]}'));
        controller.close();
      }, ms);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        controller.error(new DOMException('aborted', 'AbortError'));
      });
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

/**
 * Renders `failing` beside a gauge drawn from attributes; resolves once the gauge drew and the
 * failing widget fired lede-error, with every lede-error event its box saw.
 */
async function page(failing: ReturnType<typeof html>) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
  const errors: LedeErrorEvent[] = [];
  box.addEventListener('lede-error', (e) => errors.push(e));
  const failed = nextEvent(box, 'lede-error', 5000);
  const other = nextEvent(box, 'lede-ready', 5000);
  render(
    html`${failing}<lede-power-ramp-gauge no-animation stages=${STAGES}></lede-power-ramp-gauge>`,
    box,
  );
  await Promise.all([failed, other]);
  // A second lede-error or warning would come within a task or two.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const [el, neighbour] = [...box.children] as HTMLElement[];
  expect(shadow(neighbour!).querySelector('svg'), 'the other widget drew').to.exist;
  return { el: el!, errors };
}

describe('failing networks: src documents', () => {
  const warnings = captureWarnings();
  const uncaught = watchUncaught();
  let restore: (() => void) | undefined;

  afterEach(async () => {
    restore?.();
    restore = undefined;
    sourceTiming.timeoutMs = 10_000;
    await new Promise((resolve) => setTimeout(resolve));
    expect(uncaught, 'uncaught errors and rejections').to.deep.equal([]);
  });

  const cases: [string, (url: string, init?: RequestInit) => Promise<Response>, RegExp][] = [
    [
      'an HTTP 500',
      () => Promise.resolve(new Response('oops', { status: 500, statusText: 'Server Error' })),
      /could not be fetched \(HTTP 500 Server Error\)/,
    ],
    [
      'a connection dropped while the body arrives',
      () => Promise.resolve(cutBody('{"stages": [{"val')),
      /stopped before the whole document arrived/,
    ],
    [
      'a body slower than the timeout',
      (_, init) => Promise.resolve(slowBody(1000, init)),
      /did not answer in 0\.1 s/,
    ],
    [
      'an HTML page where JSON was expected',
      () =>
        Promise.resolve(
          new Response('<!doctype html><title>Not found</title>', {
            headers: { 'content-type': 'text/html; charset=utf-8' },
          }),
        ),
      /is an HTML page, not JSON \(content-type: text\/html; charset=utf-8\)/,
    ],
    [
      'an empty body',
      () => Promise.resolve(new Response('', { headers: { 'content-type': 'application/json' } })),
      /is empty, not JSON/,
    ],
  ];

  for (const [what, answer, message] of cases) {
    it(`shows an error naming the URL on ${what}, then recovers on a new src`, async () => {
      // Every answer but the slow one comes at once.
      sourceTiming.timeoutMs = 100;
      restore = stubFetch(answer);
      const url = fresh('/network/article.json');
      const { el, errors } = await page(
        html`<lede-power-ramp-gauge src=${url} no-animation></lede-power-ramp-gauge>`,
      );
      // Readers get one sentence; the URL and the cause are in the event and the console.
      expect(errorText(el))
        .to.contain('The data in “src” could not be read.')
        .and.not.match(message);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.issues[0]!.message).to.match(message);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.match(message);

      restore();
      restore = stubFetch(good);
      const ready = nextEvent(el, 'lede-ready');
      el.setAttribute('src', fresh('/network/fixed.json'));
      await ready;
      expect(shadow(el).querySelector('[part=error]')).to.equal(null);
      expect(shadow(el).querySelector('svg')).to.exist;
    });
  }

  // The content type is not checked (see source.ts): valid JSON served as text/plain draws.
  it('draws valid JSON served as text/plain', async () => {
    restore = stubFetch(() =>
      Promise.resolve(
        new Response('{"stages": [{"value": 3}]}', { headers: { 'content-type': 'text/plain' } }),
      ),
    );
    const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
    const ready = nextEvent(box, 'lede-ready');
    render(
      html`<lede-power-ramp-gauge no-animation src=${fresh('/plain.txt')}></lede-power-ramp-gauge>`,
      box,
    );
    await ready;
    expect(warnings).to.deep.equal([]);
  });
});

describe('failing networks: the map outline', () => {
  const warnings = captureWarnings();
  const uncaught = watchUncaught();
  const load = regionLoading.load;

  afterEach(async () => {
    regionLoading.load = load;
    regionLoading.timeoutMs = 10_000;
    await new Promise((resolve) => setTimeout(resolve));
    expect(uncaught, 'uncaught errors and rejections').to.deep.equal([]);
  });

  // Real failing imports where the test server can give one; a variable keeps the dev server from
  // resolving the specifier.
  const importing = (specifier: string) => () => import(/* @vite-ignore */ specifier);
  // The warning names the module that failed. Chromium's and Firefox's errors name the URL they
  // fetched, here the test's; WebKit's do not ("Importing a module script failed."), and the map
  // then puts the outline's URL before them, the module it imports outside these tests.
  const named = (file: RegExp) => new RegExp(`${file.source}|countries/JPN\\.js: `);
  const cases: [string, () => Promise<unknown>, RegExp][] = [
    ['a missing module (404)', importing('/src/countries/ZZZ.js'), named(/ZZZ\.js/)],
    [
      // What import() does when the connection fails (stubbed: the test names no other server).
      'a network error',
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      /countries\/JPN\.js: Failed to fetch dynamically imported module/,
    ],
    [
      'JSON served where a module was expected',
      importing('/schema/sakai.json'),
      named(/sakai\.json/),
    ],
    [
      'a module cut short',
      importing('data:text/javascript,export default {"name": "Jap'),
      /countries\/JPN\.js/,
    ],
    [
      'an empty module',
      importing('data:text/javascript,'),
      /countries\/JPN\.js holds no outline of JPN/,
    ],
    [
      'an import slower than the timeout',
      () => new Promise(() => {}),
      /countries\/JPN\.js did not answer in 0\.1 s/,
    ],
  ];

  it('retries the same region when it is set again after a failure', async () => {
    regionLoading.load = () => Promise.reject(new Error('offline'));
    const { el } = await page(
      html`<lede-site-map loading="eager" region="JP" sites=${TOKYO}></lede-site-map>`,
    );
    expect(errorText(el)).to.contain('The data in “region” could not be read.');
    regionLoading.load = load;
    const ready = nextEvent(el, 'lede-ready');
    el.setAttribute('region', 'JP');
    await ready;
    expect(shadow(el).querySelector('[part=error]')).to.equal(null);
    expect(shadow(el).querySelector('[part=land]')).to.exist;
    // Warned once for the failure; the retry that drew adds nothing.
    expect(warnings).to.have.length(1);
  });

  for (const [what, failingLoad, message] of cases) {
    it(`shows an error naming the URL on ${what}, then recovers on a new region`, async () => {
      regionLoading.load = failingLoad;
      if (what.includes('slower')) regionLoading.timeoutMs = 100;
      const { el, errors } = await page(
        html`<lede-site-map loading="eager" region="JP" sites=${TOKYO}></lede-site-map>`,
      );
      expect(errorText(el)).to.contain('“region”').and.not.match(message);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.issues[0]!.message).to.contain(
        'the outline of JPN could not be loaded',
      );
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.match(message);

      regionLoading.load = load;
      const ready = nextEvent(el, 'lede-ready');
      el.setAttribute('sites', PARIS);
      el.setAttribute('region', 'FR');
      await ready;
      expect(shadow(el).querySelector('[part=error]')).to.equal(null);
      expect(shadow(el).querySelector('[part=land]')).to.exist;
    });
  }
});
