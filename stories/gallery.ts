// The gallery page: renders every story (or one, with ?story=id) in light or dark, at a chosen width.
import { html, render } from 'lit';
import { stories } from './stories.js';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const width = Number(params.get('width')) || 480;
const only = params.get('story');

document.documentElement.dataset.theme = theme;
document.documentElement.style.setProperty('--story-width', `${width}px`);
if (only) document.documentElement.dataset.single = '';

const shown = only ? stories.filter((s) => s.id === only) : stories;
render(
  shown.map(
    (s) =>
      html`<section id=${s.id}>
        <h2>${s.title} · ${s.name}</h2>
        ${s.render()}
      </section>`,
  ),
  document.getElementById('gallery')!,
);
