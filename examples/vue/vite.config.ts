import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // The Bilateral tags are custom elements, not Vue components: without this, Vue looks
          // for a component named `bilateral-growth`, warns "Failed to resolve component" and
          // renders the tag anyway. With it, the tags go to the DOM as they are and the elements
          // that `@bilateral/widgets/<name>` registered upgrade them.
          isCustomElement: (tag) => tag.startsWith('bilateral-'),
        },
      },
    }),
  ],
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
