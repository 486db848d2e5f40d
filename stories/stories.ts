// Every stories module, and a flat list of their stories with stable ids for the gallery and tests.
import type { TemplateResult } from 'lit';
import * as gauge from './power-ramp-gauge.stories.js';
import * as map from './site-map.stories.js';
import * as card from './deal-value-card.stories.js';

interface StoryModule {
  default: { title: string; component: string };
  [name: string]: unknown;
}

export interface Story {
  id: string;
  title: string;
  name: string;
  render: () => TemplateResult;
}

const modules: StoryModule[] = [gauge, map, card];

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

export const stories: Story[] = modules.flatMap((module) => {
  const { title, component } = module.default;
  const order =
    (module.__namedExportsOrder as string[] | undefined) ??
    Object.keys(module).filter((key) => key !== 'default');
  return order.map((key) => {
    const story = module[key] as { name?: string; render: () => TemplateResult };
    return {
      id: `${component.replace(/^lede-/, '')}--${kebab(key)}`,
      title,
      name: story.name ?? key,
      render: story.render,
    };
  });
});
