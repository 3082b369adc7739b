import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/** Resolve workspace packages to their TypeScript sources, so tests need no build. */
const conditions = ['@bilateral/source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          root: 'packages/core',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
          benchmark: { include: ['src/**/*.bench.ts'] },
        },
      },
    ],
  },
});
