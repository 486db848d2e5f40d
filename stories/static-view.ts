// The gallery's static view (?view=static): beside each live story, the same widget rendered
// without a browser by the package's server render (dist/server, served by scripts/serve.mjs), as
// the server HTML shown with scripts off and as the PNG the render command makes. Differences
// between the three columns are what to look for.
import { html, nothing, render } from 'lit';
import { fragmentPath, selectPart } from '../src/core/data/source.js';
import { fieldName } from '../src/server/widgets.js';

interface StaticRender {
  html: string;
  png: string;
  issues: { severity: string; message: string }[];
}

/** The fields a live widget reads: its `src` document's part, its JSON child, its attributes. */
async function fieldsOf(widget: Element): Promise<Record<string, unknown>> {
  let fields: Record<string, unknown> = {};
  const src = widget.getAttribute('src');
  if (src) {
    const url = new URL(src, location.href);
    const ref = { text: src, url: url.href, path: fragmentPath(url.hash) };
    const response = await fetch(url);
    fields = selectPart(await response.json(), ref).value ?? {};
  }
  const child = widget.querySelector('script[type="application/json"]');
  if (child?.textContent) {
    try {
      fields = { ...fields, ...(JSON.parse(child.textContent) as Record<string, unknown>) };
    } catch {
      // The widget reports a broken JSON child; the static render goes without it.
    }
  }
  for (const { name, value } of widget.attributes) {
    if (name === 'src' || name === 'loading' || name === 'style') continue;
    fields[name === 'lang' ? 'locale' : fieldName(name)] = value;
  }
  return fields;
}

async function renderStatic(widget: Element, theme: string, width: number) {
  const response = await fetch('/__lede/static', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      widget: widget.localName,
      fields: await fieldsOf(widget),
      // A story's own theme wins over the gallery's, as it does for the live widget.
      options: { theme: widget.hasAttribute('theme') ? undefined : theme, width },
    }),
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as StaticRender;
}

/** Fits a same-origin, script-less frame to the height of its document once it has loaded. */
function fit(event: Event) {
  const frame = event.target as HTMLIFrameElement;
  const doc = frame.contentDocument;
  if (doc) frame.style.height = `${doc.documentElement.scrollHeight}px`;
}

/** Fills each story's static columns. */
export async function showStatic(theme: 'light' | 'dark', width: number): Promise<void> {
  for (const column of document.querySelectorAll<HTMLElement>('.static')) {
    const live = column.closest('section')?.querySelector('.live');
    const widget = [...(live?.querySelectorAll('*') ?? [])].find((e) =>
      e.localName.startsWith('lede-'),
    );
    if (!widget) continue;
    // The live widget's own width (some stories sit in a narrow column).
    const size = Math.max(200, Math.round(widget.getBoundingClientRect().width) || width);
    let result: StaticRender | undefined;
    let failure = '';
    try {
      result = await renderStatic(widget, theme, size);
    } catch (error) {
      failure = String(error);
    }
    const problems = result?.issues.map((i) => `${i.severity}: ${i.message}`) ?? [failure];
    // The frame's document is the server render alone: sandboxed without scripts.
    const background = theme === 'dark' ? '#16181b' : '#ffffff';
    const page = result?.html
      ? `<!doctype html><meta charset="utf-8"><style>body{margin:0;font-family:Georgia,'Noto Serif','Noto Serif CJK JP',serif;color-scheme:${theme};background:${background}}</style>${result.html}`
      : '';
    render(
      html`<h3>Server HTML, no script</h3>
        ${
          page
            ? html`<iframe
                title="Server render"
                sandbox="allow-same-origin"
                style="width: ${size}px"
                .srcdoc=${page}
                @load=${fit}
              ></iframe>`
            : nothing
        }
        <h3>PNG (resvg)</h3>
        ${
          result?.png
            ? html`<img
                alt="Static render"
                width=${size}
                src="data:image/png;base64,${result.png}"
              />`
            : nothing
        }
        ${
          problems.length
            ? html`<ul class="issues">
                ${problems.map((p) => html`<li>${p}</li>`)}
              </ul>`
            : nothing
        }`,
      column,
    );
  }
}
