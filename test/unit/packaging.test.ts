import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// electron-builder cannot package on these machines (it downloads Electron): its configuration is checked here instead.
const config = parse(readFileSync(fileURLToPath(new URL('../../electron-builder.yml', import.meta.url)), 'utf8')) as {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
};

describe('the packaged app (electron-builder.yml)', () => {
  it('ships the built app with its migrations, and native addons outside the asar archive', () => {
    expect(config.files).toContain('dist/**/*');
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('flips the fuses: no Node mode, no NODE_OPTIONS or --inspect, only an integrity-checked app.asar, no file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
