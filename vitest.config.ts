import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Three projects: `unit` (snippets and lib, node), `components` (figures mounted in happy-dom),
// `e2e` (builds the deck, serves it under a sub-path and drives headless Chromium).
// This file takes priority over vite.config.ts, which is Slidev's, so plugins are added here.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'components',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
