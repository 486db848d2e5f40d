// Every page is prerendered at build time and written to build/ as static files.
import adapter from '@sveltejs/adapter-static';

export default {
  kit: { adapter: adapter() },
};
