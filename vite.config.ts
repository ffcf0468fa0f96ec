import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { planExports } from './src/plan/vite-plugin.ts';

// base './': dist/ works from any static server at any path.
export default defineConfig({
  base: './',
  plugins: [preact(), planExports()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        baseline: resolve(import.meta.dirname, 'src/baseline/index.html'),
        basemap: resolve(import.meta.dirname, 'src/baseline/basemap.html'),
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
