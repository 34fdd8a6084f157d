import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/csp';

const root = __dirname;
const rendererOut = resolve(root, 'out/renderer');

/** Writes the CSP into index.html so the policy is one constant (shared/security/csp.ts). */
function cspMetaTag(): Plugin {
  return {
    name: 'glossator-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** pdf.js fetches CMaps, standard fonts, ICC profiles and wasm decoders at run time: ship them locally. */
function copyPdfjsAssets(): Plugin {
  return {
    name: 'glossator-pdfjs-assets',
    apply: 'build',
    closeBundle() {
      const pdfjs = resolve(root, 'node_modules/pdfjs-dist');
      for (const dir of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        cpSync(resolve(pdfjs, dir), resolve(rendererOut, 'pdfjs', dir), { recursive: true });
      }
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // ESM-only packages are bundled into main's CommonJS output.
      externalizeDeps: { exclude: ['typebox', 'uuidv7'] },
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // The sandboxed preload may only require('electron'): bundle everything else into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), cspMetaTag(), copyPdfjsAssets()],
    worker: { format: 'es' },
    build: {
      outDir: rendererOut,
      sourcemap: false,
      chunkSizeWarningLimit: 8000,
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
