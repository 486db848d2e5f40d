// The builder page in a real browser: an article pasted, its suggested fields and highlights
// checked against suggest() itself, a figure edited, the code copied and drawn again on a blank
// page (an iframe with the source widgets), the whole way with keys only, axe, and no request
// leaving the page's origin. ARTICLES lists the article files the flow runs on, by path.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './builder-app.js';
import type { LedeBuilder } from './builder-app.js';
import { suggest } from '../suggest/index.js';
import type { SuggestNote, Suggestion } from '../suggest/types.js';
import { getAt } from './pointer.js';
import { fieldId, fits } from './segments.js';

// The seed article, then two stories held back from suggest()'s tuning (bench/suggest/README.md).
const ARTICLES = [
  '/bench/suggest/corpus/01-sakai.fr.txt',
  '/bench/suggest/held-back/01-new-carlisle.en.txt',
  '/bench/suggest/held-back/05-malaysia.ja.txt',
];

const shadow = (el: Element | null | undefined) => el!.shadowRoot!;
const part = <T extends Element>(app: LedeBuilder, host: string, selector: string) =>
  shadow(shadow(app).querySelector(host)).querySelector<T>(selector);
const parts = (app: LedeBuilder, host: string, selector: string) => [
  ...shadow(shadow(app).querySelector(host)).querySelectorAll<HTMLElement>(selector),
];
const input = (app: LedeBuilder, id: string) =>
  part<HTMLInputElement>(app, 'lede-builder-form', `[data-field="${id}"]`);
const status = (app: LedeBuilder) => shadow(app).querySelector('[role=status]')!.textContent.trim();

/** The element that has focus, inside shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function until<T>(check: () => T, what: string, ms = 8000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** What a widget says to assistive technology: its labels and its text, whitespace folded. */
/** Drawn: its chart is no longer busy and holds a drawing (a card without bars: its headline). */
function drawn(widget: Element | null | undefined): boolean {
  const root = widget?.shadowRoot;
  return (
    !!root?.querySelector('[aria-busy="false"]') && !!root.querySelector('svg, [part=headline]')
  );
}

function textAlternative(widget: Element): string {
  const root = shadow(widget);
  const labels = [...root.querySelectorAll('[aria-label]')].map((e) =>
    e.getAttribute('aria-label'),
  );
  return [...labels, root.textContent].join(' | ').replace(/\s+/g, ' ').trim();
}

async function openBuilder(): Promise<LedeBuilder> {
  const app = document.createElement('lede-builder');
  document.body.append(app);
  await app.updateComplete;
  return app;
}

/** Pastes `text` as a reader would: the text area's value, then the paste event. */
async function paste(app: LedeBuilder, text: string) {
  const area = part<HTMLTextAreaElement>(app, 'lede-builder-text', 'textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
  area.dispatchEvent(new Event('paste', { bubbles: true }));
  await until(() => part(app, 'lede-builder-text', '.article'), 'the article to be read');
  await until(() => !status(app).startsWith('Reading'), 'the suggestion');
}

/** Replaces the clipboard's writeText; returns what was written and a restore function. */
function stubClipboard(fail = false) {
  const written: string[] = [];
  const clipboard = navigator.clipboard;
  const real = clipboard.writeText.bind(clipboard);
  clipboard.writeText = (text: string) =>
    fail ? Promise.reject(new Error('refused')) : (written.push(text), Promise.resolve());
  return { written, restore: () => (clipboard.writeText = real) };
}

afterEach(() => {
  for (const app of document.querySelectorAll('lede-builder')) app.remove();
});

for (const path of ARTICLES) {
  describe(`builder with ${path}`, function () {
    this.timeout(60000);
    let text: string;
    let expected: Suggestion;
    before(async () => {
      text = await (await fetch(path)).text();
      expected = suggest(text);
    });

    it('shows each suggested field in the form and marks its quote in the text', async () => {
      const app = await openBuilder();
      await paste(app, text);
      expect(Object.keys(expected.article).length, 'suggest() found nothing').to.be.above(0);
      const valueNotes = expected.notes.filter((n) => !n.question);
      for (const note of valueNotes) {
        const value = getAt(expected.article[note.part], note.field);
        const field = input(app, fieldId(note));
        if (typeof value === 'boolean') expect(field!.checked, fieldId(note)).to.equal(value);
        else if (typeof value === 'number' || typeof value === 'string')
          expect(field!.value, fieldId(note)).to.equal(String(value));
      }
      const marks = parts(app, 'lede-builder-text', 'mark');
      for (const note of expected.notes.filter((n: SuggestNote) => fits(text, n))) {
        const quoted = marks
          .filter((m) => m.dataset['fields']!.split(' ').includes(fieldId(note)))
          .filter(
            (m) =>
              Number(m.dataset['start']) >= note.start && Number(m.dataset['start']) < note.end,
          )
          .map((m) => m.textContent)
          .join('');
        expect(quoted, fieldId(note)).to.equal(note.quote);
      }
      // Hints read as prose: the schema's `code` marks are set as code, not shown.
      const hints = parts(app, 'lede-builder-form', '.hint');
      expect(hints.length).to.be.above(0);
      for (const h of hints) expect(h.textContent, 'a hint').not.to.contain('`');
      // The article's text is shown as it is: no markup from it, every character there.
      expect(part(app, 'lede-builder-text', '.runs')!.textContent).to.equal(text);
      if (path.includes('sakai')) {
        expect(input(app, 'ramp/stages/0/value')!.value).to.equal('150');
        expect(input(app, 'ramp/stages/1/value')!.value).to.equal('240');
        expect(input(app, 'ramp/stages/1/atLeast')!.checked).to.equal(true);
        expect(input(app, 'deal/amount')!.value).to.equal('100000000000');
        expect(
          part<HTMLSelectElement>(app, 'lede-builder-form', '[data-field="deal/currency"]')!.value,
        ).to.equal('JPY');
      }
      await expect(app).to.be.accessible();
    });

    it('links fields and quotes both ways', async () => {
      const app = await openBuilder();
      await paste(app, text);
      const note = expected.notes.find((n) => !n.question && fits(text, n))!;
      const id = fieldId(note);
      input(app, id)!.focus();
      const active = await until(
        () => part(app, 'lede-builder-text', 'mark.active'),
        'a marked quote',
      );
      expect(active.getAttribute('data-fields')!.split(' ')).to.include(id);
      (focused() as HTMLElement).blur();
      const mark = parts(app, 'lede-builder-text', 'mark').find((m) =>
        m.dataset['fields']!.split(' ').includes(id),
      )!;
      mark.click();
      expect(focused()).to.equal(input(app, id));
    });

    it('edits a figure, copies the code, and the code draws the same widget on a blank page', async () => {
      const app = await openBuilder();
      await paste(app, text);
      const [partName, name, tag] = expected.article.ramp
        ? ['ramp', 'ramp/stages/0/value', 'lede-power-ramp-gauge']
        : ['deal', 'deal/amount', 'lede-deal-value-card'];
      const preview = () => part(app, 'lede-builder-preview', `${tag}[data-part]`)!;
      const before = await until(
        () => drawn(preview()) && textAlternative(preview()),
        'the preview',
      );
      // One less keeps a ramp in order; a deal's amount is halved, as one less would round to the
      // same words. The widget then says the new figure.
      const old = Number(input(app, name)!.value);
      const edited = String(expected.article.ramp ? old - 1 : Math.round(old / 2));
      const field = input(app, name)!;
      field.value = edited;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => textAlternative(preview()) !== before, 'the edited figure in the preview');
      const codeBox = shadow(app).querySelector<HTMLTextAreaElement>(`#code-${partName}`)!;
      expect(codeBox.value).to.contain(edited);

      // A wrong figure: its error is next to it and copying moves focus to it.
      field.value = 'lots';
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => input(app, name)!.getAttribute('aria-invalid') === 'true', 'the error');
      const errorId = input(app, name)!.getAttribute('aria-describedby')!.split(' ').at(-1)!;
      expect(part(app, 'lede-builder-form', `#${errorId}`)!.textContent).to.contain(
        'Must be number',
      );
      // The part's own button: the one after its code box.
      const copyButton = () =>
        [...shadow(app).querySelectorAll('button')].find(
          (b) =>
            b.textContent.includes('Copy') &&
            shadow(app).querySelector(`#code-${partName}`)!.compareDocumentPosition(b) &
              Node.DOCUMENT_POSITION_FOLLOWING,
        )!;
      copyButton().click();
      await until(() => focused() === input(app, name), 'focus on the wrong field');
      input(app, name)!.value = edited;
      input(app, name)!.dispatchEvent(new Event('change', { bubbles: true }));

      // The script from this server instead of the CDN, then copy.
      const url = shadow(app).querySelector<HTMLInputElement>('input[type=url]')!;
      url.value = `${location.origin}/src/define.ts`;
      url.dispatchEvent(new Event('change'));
      await app.updateComplete;
      const clipboard = stubClipboard();
      try {
        copyButton().click();
        await until(() => clipboard.written.length, `the copy (status: ${status(app)})`);
      } finally {
        clipboard.restore();
      }
      expect(status(app)).to.contain('copied');
      const code = clipboard.written[0]!;
      expect(code).to.contain(`src="${location.origin}/src/define.ts"`);

      const locale = preview().getAttribute('locale')!;
      const frame = document.createElement('iframe');
      // In view: a lazy widget draws once it nears the (top-level) viewport.
      Object.assign(frame.style, {
        position: 'fixed',
        top: '0',
        left: '0',
        width: '360px',
        height: '600px',
      });
      frame.srcdoc = `<!doctype html><html lang="${locale}"><body style="margin:0;width:320px">${code}</body></html>`;
      document.body.append(frame);
      try {
        await until(
          () => drawn(frame.contentDocument?.querySelector(tag)),
          'the copied widget to draw',
          20000,
        );
        await until(
          () =>
            textAlternative(frame.contentDocument!.querySelector(tag)!) ===
            textAlternative(preview()),
          `the same text alternative: ${textAlternative(preview())}`,
        );
      } finally {
        frame.remove();
      }
    });
  });
}

describe('builder', function () {
  this.timeout(120000);

  it('copying falls back to the selected text area when the clipboard refuses', async () => {
    const app = await openBuilder();
    await paste(app, 'The campus will draw 150 MW in 2026.');
    const clipboard = stubClipboard(true);
    try {
      [...shadow(app).querySelectorAll('button')]
        .find((b) => b.textContent.includes('Copy'))!
        .click();
      await until(() => status(app).includes('Ctrl+C'), 'the fallback');
    } finally {
      clipboard.restore();
    }
    const area = focused() as HTMLTextAreaElement;
    expect(area.localName).to.equal('textarea');
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.contain(
      '<lede-power-ramp-gauge',
    );
  });

  it('goes from typing an article to copying its code with keys only', async () => {
    const app = await openBuilder();
    const clipboard = stubClipboard();
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      const area = part(app, 'lede-builder-text', 'textarea');
      for (let i = 0; i < 20 && focused() !== area; i++) await sendKeys({ press: 'Tab' });
      expect(focused(), 'Tab reaches the text area').to.equal(area);
      // Word by word, and no letter twice in a row: WebKit's WebDriver dropped the spaces of a
      // longer string, and the second of two equal keys ("will" came out "wil").
      const typed = 'The campus draws 150 MW in 2026';
      for (const word of typed.split(' ')) {
        await sendKeys({ type: word });
        await sendKeys({ type: ' ' });
      }
      expect((area as HTMLTextAreaElement).value.trim()).to.equal(typed);
      await sendKeys({ press: 'Tab' });
      expect(focused()!.textContent).to.contain('Suggest widgets');
      await sendKeys({ press: 'Enter' });
      await until(() => part(app, 'lede-builder-text', '.article'), 'the suggestion');
      let presses = 0;
      while (!focused()?.textContent?.includes('Copy embed code')) {
        await sendKeys({ press: 'Tab' });
        if (++presses > 150)
          throw new Error(
            `no copy button after 150 Tab presses (at ${focused()?.outerHTML.slice(0, 80)})`,
          );
      }
      await sendKeys({ press: 'Enter' });
      await until(() => clipboard.written.length, `the copy (status: ${status(app)})`);
    } finally {
      clipboard.restore();
    }
    expect(clipboard.written[0]).to.contain('<lede-power-ramp-gauge');
    expect(status(app)).to.contain('copied');
  });

  it('makes no request outside its own origin', async () => {
    const app = await openBuilder();
    await paste(app, await (await fetch(ARTICLES[0]!)).text());
    await new Promise((r) => setTimeout(r, 500));
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.length).to.be.above(0);
    expect(names.filter((n) => !n.startsWith(location.origin))).to.deep.equal([]);
  });
});
