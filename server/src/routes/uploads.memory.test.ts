/**
 * What large uploads cost the server's memory, measured on a real server process: its peak
 * resident memory (VmHWM, reset before each case through /proc/PID/clear_refs) while eight 60 MB
 * uploads arrive at once, and while a member without the right sends 64 MiB.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnChild, type Child } from '../testing/spawnChild';
import { testDatabaseKinds, type TestDatabase } from '../testing/testDatabases';

interface Info {
  url: string;
  projectId: string;
  tokens: string[];
  expertToken: string;
}

const MB = 1024 * 1024;
const FILE_BYTES = 60 * MB;

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: kb('VmRSS') * 1024, peak: kb('VmHWM') * 1024 };
}

/** Starts a new peak: from now on VmHWM is the highest resident size since this call. */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

describe.each(testDatabaseKinds())('upload memory on $dialect', (kind) => {
  let db: TestDatabase;
  let child: Child<Info>;
  let pid: number;
  beforeAll(async () => {
    db = await kind.create();
    child = await spawnChild<Info>(join(__dirname, '../testing/uploadChild.ts'), {
      GLOSSATOR_DATA_DIR: db.dataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
    });
    pid = child.process.pid!;
  });
  afterAll(async () => {
    await child?.stop();
    await db?.dispose();
  });

  function upload(token: string, bytes: Uint8Array, name: string) {
    const form = new FormData();
    form.set('file', new Blob([bytes]), name);
    return fetch(`${child.info.url}/projects/${child.info.projectId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
  }

  it('item 3: a member without the right to upload costs nothing for a 64 MiB body', async () => {
    const before = memoryOf(pid);
    resetPeak(pid);
    const response = await upload(child.info.expertToken, new Uint8Array(64 * MB), 'no.txt');
    expect(response.status).toBe(403);
    const growth = memoryOf(pid).peak - before.rss;
    console.log(`refused upload: growth ${(growth / MB).toFixed(1)} MB`);
    expect(growth).toBeLessThan(16 * MB);
  }, 60_000);

  /** Runs `uploads` and reports the server's peak resident memory while they ran. */
  async function peakDuring(uploads: () => Promise<Response[]>) {
    resetPeak(pid);
    let sampled = 0;
    const sampler = setInterval(() => (sampled = Math.max(sampled, memoryOf(pid).rss)), 25);
    try {
      const responses = await uploads();
      return {
        statuses: responses.map((r) => r.status),
        peak: Math.max(memoryOf(pid).peak, sampled),
      };
    } finally {
      clearInterval(sampler);
    }
  }

  it('item 3: eight concurrent 60 MB uploads cost the server no more than one does', async () => {
    // Eight different texts (so each is its own document), from eight accounts.
    const files = child.info.tokens.map((_, i) => new Uint8Array(FILE_BYTES).fill(0x61 + i));
    const baseline = memoryOf(pid).rss;
    const one = await peakDuring(async () => [
      await upload(child.info.tokens[0]!, new Uint8Array(FILE_BYTES).fill(0x7a), 'one.txt'),
    ]);
    const eight = await peakDuring(() =>
      Promise.all(child.info.tokens.map((token, i) => upload(token, files[i]!, `big-${i}.txt`))),
    );
    console.log(
      `baseline ${(baseline / MB).toFixed(0)} MB; peak with one 60 MB upload ${(one.peak / MB).toFixed(0)} MB, with eight at once ${(eight.peak / MB).toFixed(0)} MB`,
    );
    expect(one.statuses).toEqual([201]);
    expect(eight.statuses).toEqual(Array(8).fill(201));
    // Received uploads wait on disk and only what fits the processing budget (one 60 MB file)
    // is in memory at a time: eight cost what one does, give or take the garbage of the one
    // before, not yet collected (the database driver's copies). Never all eight at once: without
    // the gate, eight grew the server by 767 MB on SQLite.
    const growthOne = one.peak - baseline;
    const growthEight = eight.peak - baseline;
    expect(growthEight).toBeLessThan(2 * growthOne + 64 * MB);
    expect(growthEight).toBeLessThan(8 * FILE_BYTES);
  }, 240_000);
});
