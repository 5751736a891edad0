import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources (no build needed); the CLI end-to-end tests use the built bin.
export default defineConfig({
  resolve: {
    alias: {
      '@liveguard/core': pkg('core'),
      '@liveguard/rules-cn': pkg('rules-cn'),
      '@liveguard/adapters': pkg('adapters'),
      '@liveguard/server': pkg('server'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'packages/*/test/**/*.test.tsx', 'scripts/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'packages/web/e2e/**'],
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
  },
});
