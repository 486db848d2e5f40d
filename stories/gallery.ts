// The gallery page: renders every story (or one, with ?story=id) in light or dark, at a chosen
// width; with ?view=static, beside each story its server render and PNG (see static-view.ts).
import { html, nothing, render } from 'lit';
import { stories } from './stories.js';
import { showStatic } from './static-view.js';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const width = Number(params.get('width')) || 480;
const only = params.get('story');
const isStatic = params.get('view') === 'static';

document.documentElement.dataset.theme = theme;
document.documentElement.style.setProperty('--story-width', `${width}px`);
if (only) document.documentElement.dataset.single = '';
if (isStatic) document.documentElement.dataset.view = 'static';

const shown = only ? stories.filter((s) => s.id === only) : stories;
render(
  shown.map(
    (s) =>
      html`<section id=${s.id}>
        <h2>${s.title} · ${s.name}</h2>
        ${
          isStatic
            ? html`<div class="live">
                  <h3>Live</h3>
                  ${s.render()}
                </div>
                <div class="static"></div>`
            : s.render()
        }
      </section>`,
  ),
  document.getElementById('gallery')!,
);
if (isStatic) void showStatic(theme, width);
// Links between the two views, keeping the other settings.
const other = new URLSearchParams(params);
if (isStatic) other.delete('view');
else other.set('view', 'static');
render(
  html`<a href="?${other.toString()}">${isStatic ? 'Live view only' : 'Static view'}</a>${nothing}`,
  document.getElementById('view-link')!,
);
