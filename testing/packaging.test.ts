import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
}

const root = join(__dirname, '..');
const config = JSON.parse(
  readFileSync(join(root, 'electron-builder.json'), 'utf8'),
) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

describe('packaging configuration', () => {
  it('names the app and builds every desktop target', () => {
    expect(config.appId).toBe('org.glossator.workstation');
    expect(config.productName).toBe('Glossator');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    expect(config.win.target).toContain('nsis');
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder/);
  });

  it('ships only the built app, without source maps or tests', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.files).toContain('package.json');
    expect(config.files).toEqual(
      expect.arrayContaining(['!out/**/*.map', '!**/*.test.*', '!**/*.spec.*']),
    );
    expect(
      config.files.some((f) => /^(renderer|electron|server|shared|e2e|testing)\//.test(f)),
    ).toBe(false);
    expect(pkg.main).toBe('out/main/index.js');
    expect(config.asar).toBe(true);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('keeps source maps out of the build itself', () => {
    const viteConfig = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(viteConfig).toContain('sourcemap: false');
  });
});
