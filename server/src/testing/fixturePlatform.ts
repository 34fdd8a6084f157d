/**
 * The set-up most route tests share: a platform on a fresh database of `kind` with the standard
 * fixture (two organisations, every persona), started before the file's tests and closed after.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Platform, PlatformOptions } from '../platform';
import { createFixture, type Fixture } from './fixture';
import { startTestPlatform } from './harness';
import type { TestDatabase, TestDatabaseKind } from './testDatabases';

export interface FixturePlatform {
  readonly db: TestDatabase;
  readonly platform: Platform;
  readonly f: Fixture;
}

/** Registers the hooks; `assign` receives what was started (use it to set the file's variables). */
export function useFixturePlatform(
  kind: TestDatabaseKind,
  assign: (started: FixturePlatform) => void,
  options: Partial<PlatformOptions> = {},
): void {
  let db: TestDatabase | undefined;
  let platform: Platform | undefined;
  beforeAll(async () => {
    db = await kind.create();
    platform = await startTestPlatform(db, options);
    assign({ db, platform, f: await createFixture(platform) });
  });
  afterAll(async () => {
    await platform?.close();
    await db?.dispose();
  });
}
