// Astro 5 (Astro 6 and later need Node 22) with its Lit integration, which renders Lit elements
// on the server as declarative shadow DOM and hydrates them in the browser.
import { defineConfig } from 'astro/config';
import lit from '@astrojs/lit';

export default defineConfig({
  integrations: [lit()],
  vite: {
    // For `astro dev` only: islands' modules are found when a page first hydrates, and Vite then
    // reloads the page once to bundle them. Listing them here bundles them at start instead.
    optimizeDeps: {
      include: [
        'lede-widgets/power-ramp-gauge',
        'lede-widgets/site-map',
        'lede-widgets/deal-value-card',
      ],
    },
  },
});
