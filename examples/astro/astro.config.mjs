// Astro 5 (Astro 6 and later need Node 22) with its Lit integration, which renders Lit elements
// on the server as declarative shadow DOM and hydrates them in the browser.
import { defineConfig } from 'astro/config';
import lit from '@astrojs/lit';

export default defineConfig({
  integrations: [lit()],
});
