import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // Tells Vue that <lede-…> tags are custom elements, not Vue components it failed to find.
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('lede-') },
      },
    }),
  ],
});
