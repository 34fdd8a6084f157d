/**
 * Sign-in limits over real loopback HTTP, with the test standing where a reverse proxy would:
 * failures are counted per client address and per account, successes are not, and a limited
 * sign-in is still a page a browser can show.
 */
import type * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Platform } from '../platform';
import { startTestPlatform } from '../testing/harness';
import { discoverDesktopClient, openLoginForm } from '../testing/oidcBrowser';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

const LIMIT = { max: 3, timeWindow: 60_000, maxPerAccount: 6 };

async function makeAccount(platform: Platform, name: string): Promise<string> {
  const email = `${name}@limits.test`;
  await platform.services.accounts.create({
    email,
    displayName: name,
    password: `${name}-password`,
    role: 'expert',
    organisationId: null,
  });
  return email;
}

describe.each(testDatabaseKinds())('sign-in limits on $dialect', (kind) => {
  let db: TestDatabase;
  let platform: Platform;
  let config: client.Configuration;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, {
      trustedProxies: ['loopback'],
      limits: { loginRateLimit: LIMIT },
    });
    config = await discoverDesktopClient(platform);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  /** One login form submission, as a browser behind the proxy at `clientAddress` sends it. */
  async function attempt(clientAddress: string, email: string, password: string) {
    const { browser, loginUrl } = await openLoginForm(platform, config);
    const response = await browser.request(loginUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': clientAddress,
      },
      body: new URLSearchParams({ email, password }).toString(),
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      retryAfter: response.headers.get('retry-after'),
      html: await response.text(),
    };
  }

  it("item 5: behind a trusted proxy, one attacker's failures do not lock out another user", async () => {
    const victim = await makeAccount(platform, 'victim');
    const bystander = await makeAccount(platform, 'bystander');
    const attacker = '203.0.113.9';
    const failures = [];
    for (let i = 0; i < LIMIT.max; i++)
      failures.push((await attempt(attacker, victim, `guess-${i}`)).status);
    expect(failures).toEqual([401, 401, 401]);
    // The attacker's address is now limited, even with the right password, and is told so in a
    // page like the sign-in page (with the form, so they can try again later).
    const limited = await attempt(attacker, victim, 'victim-password');
    expect(limited.status).toBe(429);
    expect(limited.type).toContain('text/html');
    expect(limited.html).toContain('Too many failed sign-in attempts');
    expect(limited.html).toContain('<form method="post"');
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    // The victim, elsewhere, signs in with the correct password; so does anyone else.
    expect((await attempt('198.51.100.7', victim, 'victim-password')).status).toBe(303);
    expect((await attempt('198.51.100.8', bystander, 'bystander-password')).status).toBe(303);
  });

  it('item 5: successes are not counted, so people sharing an address can all sign in', async () => {
    const office = '192.0.2.50';
    const people = await Promise.all(
      ['ana', 'ben', 'cai', 'dee', 'eli'].map((name) => makeAccount(platform, name)),
    );
    const statuses = [];
    for (const email of people)
      statuses.push((await attempt(office, email, `${email.split('@')[0]}-password`)).status);
    expect(statuses).toEqual([303, 303, 303, 303, 303]);
    // One typo among them is one failure, not a lock-out.
    expect((await attempt(office, people[0]!, 'typo')).status).toBe(401);
    expect((await attempt(office, people[1]!, 'ben-password')).status).toBe(303);
  });

  it('item 5: guesses at one account spread over many addresses are limited per account', async () => {
    const target = await makeAccount(platform, 'target');
    const other = await makeAccount(platform, 'other');
    const addresses = ['203.0.113.20', '203.0.113.21', '203.0.113.22'];
    for (const address of addresses)
      for (let i = 0; i < LIMIT.maxPerAccount / addresses.length; i++)
        expect((await attempt(address, target, `guess-${i}`)).status).toBe(401);
    // No single address reached its limit, but the account did.
    const fresh = await attempt('203.0.113.99', target, 'target-password');
    expect(fresh.status).toBe(429);
    expect(fresh.type).toContain('text/html');
    // The account limit is that account's alone.
    expect((await attempt('203.0.113.99', other, 'other-password')).status).toBe(303);
  });

  it('item 5: IPv6 clients are counted per /64, so rotating addresses inside one does not help', async () => {
    const victim = await makeAccount(platform, 'six');
    for (let i = 0; i < LIMIT.max; i++)
      expect((await attempt(`2001:db8:1:2::${i + 1}`, victim, 'nope')).status).toBe(401);
    expect((await attempt('2001:db8:1:2::ffff', victim, 'six-password')).status).toBe(429);
    expect((await attempt('2001:db8:1:3::1', victim, 'six-password')).status).toBe(303);
  });

  it('item 5: guesses sent all at once cannot slip past the limit while they are checked', async () => {
    const email = await makeAccount(platform, 'burst');
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt('203.0.113.77', email, `guess-${i}`)),
    );
    expect(statuses.filter((s) => s.status === 401)).toHaveLength(LIMIT.max);
    expect(statuses.filter((s) => s.status === 429)).toHaveLength(10 - LIMIT.max);
  });
});

describe('sign-in limits without a trusted proxy', () => {
  let db: TestDatabase;
  let platform: Platform;
  let config: client.Configuration;
  beforeAll(async () => {
    db = await testDatabaseKinds()[0]!.create();
    platform = await startTestPlatform(db, { limits: { loginRateLimit: LIMIT } });
    config = await discoverDesktopClient(platform);
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });

  it('ignores X-Forwarded-For from a peer it does not trust (no escaping the limit by lying)', async () => {
    const email = await makeAccount(platform, 'liar-target');
    const statuses = [];
    for (let i = 0; i <= LIMIT.max; i++) {
      const { browser, loginUrl } = await openLoginForm(platform, config);
      const response = await browser.request(loginUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': `198.51.100.${i + 1}`,
        },
        body: new URLSearchParams({ email, password: 'wrong' }).toString(),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
