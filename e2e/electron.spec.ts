/**
 * The desktop app's own process: the built Electron main and preload, driven as a user would.
 * Runs twice — against real Electron where the binary exists, and through the harness
 * (testing/electronHarness) everywhere — so main's wiring is tested, not only the web host's.
 */
import { expect, test } from '@playwright/test';
import { harnessedMain, realElectron, type DesktopApp, type Launcher } from './electronLaunchers';
import { DEMO_EXPERT } from './pages/SignInFlow';
import { SyncStatus } from './pages/SyncStatus';

async function signIn(app: DesktopApp): Promise<void> {
  const { window } = app;
  await window.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const account = window.getByTestId('account-section');
  await account.getByRole('button', { name: 'Sign in…' }).click();
  const login = await app.nextExternalPage();
  // The browser may still hold the platform's session from the first sign-in: then only consent.
  const email = login.getByLabel(/e-?mail/i);
  const allow = login.getByRole('button', { name: /allow/i });
  await expect(email.or(allow)).toBeVisible();
  if (await email.isVisible()) {
    await email.fill(DEMO_EXPERT.email);
    await login.getByLabel(/password/i).fill(DEMO_EXPERT.password);
    await login.getByRole('button', { name: /sign in|log in/i }).click();
  }
  await allow.click();
  await expect(login.getByRole('heading', { name: 'You are signed in' })).toBeVisible();
  await login.close();
  await expect(account).toHaveAttribute('data-state', 'signedIn');
}

for (const launcher of [realElectron, harnessedMain] satisfies Launcher[]) {
  test.describe(launcher.name, () => {
    test.skip(!!launcher.unavailable, launcher.unavailable ?? '');

    test('opens securely, exposes only the typed bridge, signs in again after a settings change, syncs', async () => {
      test.setTimeout(180_000);
      const app = await launcher.launch();
      try {
        const { window } = app;
        await expect(window.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
        const exposed = await window.evaluate(() => ({
          bridge: Object.keys((window as unknown as { glossator: object }).glossator).sort(),
          node: typeof (window as unknown as { require?: unknown }).require,
          process: typeof (window as unknown as { process?: unknown }).process,
        }));
        expect(exposed).toEqual({
          bridge: ['invoke', 'on'],
          node: 'undefined',
          process: 'undefined',
        });
        const csp = await window.evaluate(async () =>
          (await fetch('index.html')).headers.get('content-security-policy'),
        );
        expect(csp).toContain("default-src 'self'");
        if (app.recorded) {
          const [options] = app.recorded.windowOptions as {
            webPreferences: Record<string, unknown>;
          }[];
          expect(options?.webPreferences).toMatchObject({
            contextIsolation: true,
            sandbox: true,
            nodeIntegration: false,
            webviewTag: false,
          });
          expect(app.recorded.sandboxEnabled).toBe(true);
          const granted = await new Promise<boolean>((resolve) =>
            app.recorded!.permissionRequestHandler?.({}, 'geolocation', resolve),
          );
          expect(granted).toBe(false);
        }
        await window.getByRole('button', { name: 'Settings' }).click();
        await expect(window.getByTestId('app-version')).toContainText('Desktop app');

        await signIn(app);
        // Any settings change, then sign in again: the embedded platform must stay allowed.
        await window.getByLabel('Theme').selectOption('dark');
        await expect(window.locator('html')).toHaveAttribute('data-theme', 'dark');
        await window
          .getByTestId('account-section')
          .getByRole('button', { name: 'Sign out' })
          .click();
        await expect(window.getByTestId('account-section')).toHaveAttribute(
          'data-state',
          'signedOut',
        );
        await signIn(app);
        if (app.recorded) expect(app.recorded.externalUrls).toHaveLength(2);

        // The platform's offers come through main; accepting one makes its project hers to sync.
        await window.getByRole('navigation').getByRole('button', { name: 'Work queue' }).click();
        const offers = window
          .getByTestId('queue-item')
          .and(window.locator('[data-status="offered"]'));
        await expect(offers.first()).toBeVisible({ timeout: 30_000 });
        await offers.first().getByRole('button', { name: 'Accept and start' }).click();
        await window.getByRole('navigation').getByRole('button', { name: 'Documents' }).click();
        // The acceptance starts a full sync: the project and its document come down.
        await expect(new SyncStatus(window).projects.first()).toBeVisible({ timeout: 30_000 });
        await new SyncStatus(window).expectSynced();
        await window.screenshot({ path: test.info().outputPath('desktop-window.png') });
      } finally {
        await app.close();
      }
    });
  });
}
