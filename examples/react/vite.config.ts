import { defineConfig } from 'vite';

// No React plugin: Vite 8 transforms TSX itself with Oxc. `runtime: 'automatic'` compiles JSX to
// `react/jsx-runtime` calls (what `"jsx": "react-jsx"` in tsconfig.json means for tsc), so no
// file has to import React for its JSX. Without @vitejs/plugin-react there is no Fast Refresh:
// `vite` dev reloads the page on every change.
export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic' },
  },
  // In this workspace, @bilateral/widgets' own React (a dev dependency of the package) must be the
  // app's React: one copy, one set of hooks.
  resolve: { dedupe: ['react', 'react-dom'] },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
