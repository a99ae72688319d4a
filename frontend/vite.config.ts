/// <reference types="vitest/config" />
import { writeFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// vite empties dist/ on every build, but Go's //go:embed needs the folder to exist on a
// fresh checkout, so the committed placeholder is put back after each build.
const keepDistPlaceholder: Plugin = {
  name: 'keep-dist-placeholder',
  closeBundle() {
    writeFileSync('dist/.gitkeep', '');
  },
};

export default defineConfig(({ mode }) => ({
  plugins: [react(), keepDistPlaceholder],
  // Tests read the Go sources of package app to check the constants shared with it
  // (src/lib/goConstants.test.ts); the dev server keeps serving the frontend only.
  server: mode === 'test' ? { fs: { allow: ['.', '../app'] } } : undefined,
  // Wails serves the built files from its own scheme; relative paths work there and in dev.
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Typing-heavy dialog tests take 1-2 s alone and several times that on a busy 2-core
    // CI machine; the default 5 s made them fail by the clock, not by behaviour.
    testTimeout: 20_000,
  },
}));
