// The widget's colours follow the page: `theme`, then an ancestor's `data-theme`, then the page's
// colour scheme (meta or CSS), then the reader's system preference; and they follow changes.
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../deal-value-card/define.js';
import { prefer, preferDefaults } from '../test-helpers/media.js';

const frame = (el: Element) => el.shadowRoot!.querySelector('.frame')!;
const themeOf = (el: Element) => (frame(el).classList.contains('dark') ? 'dark' : 'light');
/** A frame later: the MutationObserver's and the media query's callbacks have run, and the update. */
const settled = async (el: Element) => {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
};

async function card(theme?: string, wrapper = ''): Promise<Element> {
  const box = await fixture(
    html`<div style=${wrapper}>
      <lede-deal-value-card
        amount="5"
        currency="EUR"
        theme=${ifDefined(theme)}
      ></lede-deal-value-card>
    </div>`,
  );
  const el = box.querySelector('lede-deal-value-card')!;
  await settled(el);
  return el;
}

function meta(content: string): HTMLMetaElement {
  const tag = document.createElement('meta');
  tag.name = 'color-scheme';
  tag.content = content;
  document.head.append(tag);
  return tag;
}

describe('theme from the page', () => {
  let tag: HTMLMetaElement | undefined;
  afterEach(async () => {
    tag?.remove();
    tag = undefined;
    await preferDefaults();
  });

  // A dark system: Chromium's page itself prefers dark; Firefox's and WebKit's launchers cannot
  // emulate it, and the widgets' media hook answers for the page (test-helpers/media.ts).
  it('is light on a light page read on a dark system', async () => {
    await prefer({ colorScheme: 'dark' });
    tag = meta('light');
    const el = await card();
    expect(themeOf(el)).to.equal('light');
    // The system is dark indeed: once the page offers both, the widget follows it.
    tag.content = 'light dark';
    await settled(el);
    expect(themeOf(el)).to.equal('dark');
  });

  it('is light on a page with no colour scheme read on a dark system', async () => {
    await prefer({ colorScheme: 'dark' });
    const el = await card();
    expect(themeOf(el)).to.equal('light');
    tag = meta('light dark');
    await settled(el);
    expect(themeOf(el)).to.equal('dark');
  });

  it('is dark on a dark page read on a light system', async () => {
    tag = meta('dark');
    expect(themeOf(await card())).to.equal('dark');
  });

  it('is dark under a CSS color-scheme: dark on a light system', async () => {
    expect(themeOf(await card(undefined, 'color-scheme: dark'))).to.equal('dark');
  });

  it('follows the system on a page that offers both, and its changes', async () => {
    tag = meta('light dark');
    const el = await card();
    expect(themeOf(el)).to.equal('light');
    await prefer({ colorScheme: 'dark' });
    await settled(el);
    expect(themeOf(el)).to.equal('dark');
  });

  it('follows the page when its meta changes', async () => {
    tag = meta('light');
    const el = await card();
    expect(themeOf(el)).to.equal('light');
    tag.content = 'dark';
    await settled(el);
    expect(themeOf(el)).to.equal('dark');
  });

  it('lets the theme attribute and an ancestor’s data-theme win over the page', async () => {
    tag = meta('dark');
    expect(themeOf(await card('light'))).to.equal('light');
    const box = await fixture(
      html`<div data-theme="light">
        <lede-deal-value-card amount="5" currency="EUR"></lede-deal-value-card>
      </div>`,
    );
    const inside = box.querySelector('lede-deal-value-card')!;
    await settled(inside);
    expect(themeOf(inside)).to.equal('light');
    tag.content = 'light';
    await prefer({ colorScheme: 'dark' });
    expect(themeOf(await card('dark'))).to.equal('dark');
    inside.parentElement!.dataset['theme'] = 'dark';
    await settled(inside);
    expect(themeOf(inside)).to.equal('dark');
  });
});
