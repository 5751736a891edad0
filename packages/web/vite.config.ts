import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const src = (pkg: string) => fileURLToPath(new URL(`../${pkg}/src/index.ts`, import.meta.url));

/** core and rules-cn are NodeNext TypeScript sources that import './x.js'; resolve those to './x.ts'. */
function tsJsExtension(): Plugin {
  return {
    name: 'liveguard-ts-js-extension',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!importer || !id.startsWith('.') || !id.endsWith('.js') || !/\.tsx?$/.test(importer.split('?')[0])) return null;
      const base = new URL(id, `file://${importer.split('?')[0]}`);
      for (const ext of ['.ts', '.tsx']) {
        const candidate = fileURLToPath(base).replace(/\.js$/, ext);
        if (existsSync(candidate)) return candidate;
      }
      return null;
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [tsJsExtension(), react()],
  resolve: {
    alias: {
      '@liveguard/core': src('core'),
      '@liveguard/rules-cn': src('rules-cn'),
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // Separate long-lived chunks: React changes rarely, the engine and rule packs change with each release.
        manualChunks(id) {
          if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          if (/packages[\\/](core|rules-cn)[\\/]src[\\/]/.test(id)) return 'engine';
          return undefined;
        },
      },
    },
  },
  server: {
    proxy: { '/v1': 'http://127.0.0.1:8787', '/healthz': 'http://127.0.0.1:8787' },
  },
});
