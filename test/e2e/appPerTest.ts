import { afterAll, afterEach } from 'vitest';
import { closeBrowser, launchApp, type App, type LaunchOptions } from './harness.js';

/**
 * The hooks every e2e test file needs: the app a test launches is closed after that test, the shared
 * browser after the file. Call it once at the top of the file; it returns the launcher for the tests.
 * (Kept out of harness.ts, which the screenshots script imports outside vitest.)
 */
export function appPerTest(): (options?: LaunchOptions) => Promise<App> {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  afterAll(closeBrowser);
  return async (options) => {
    app = await launchApp(options);
    return app;
  };
}
