import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlatformCallResult } from '../../../shared/ipc/contract';
import { initI18n } from '../i18n';
import { QueryStatus } from '../ui/QueryStatus';
import { createFakeBridge } from './fakeBridge';
import { useBridgeForTests } from './index';
import { usePlatformQuery } from './usePlatformQuery';

const PROJECT = '01890000-0000-7000-8000-000000000001';

function Gold({ projectId }: { readonly projectId: string }) {
  const query = usePlatformQuery('review.goldScores', { projectId });
  return (
    <QueryStatus query={query}>
      {(rows) => <p data-testid="rows">{rows.length} rows</p>}
    </QueryStatus>
  );
}

function deferred() {
  let resolve!: (value: PlatformCallResult) => void;
  const promise = new Promise<PlatformCallResult>((r) => (resolve = r));
  return { promise, resolve };
}

describe('usePlatformQuery', () => {
  beforeAll(async () => {
    await initI18n('en');
  });
  afterEach(() => {
    cleanup();
    useBridgeForTests(undefined);
  });

  it('shows loading, then the answer', async () => {
    const answer = deferred();
    useBridgeForTests(createFakeBridge({ 'platform:call': () => answer.promise }).bridge);
    render(<Gold projectId={PROJECT} />);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
    await act(async () => {
      answer.resolve({ ok: true, data: [] });
      await answer.promise;
    });
    expect(screen.getByTestId('rows').textContent).toBe('0 rows');
  });

  it('shows what went wrong and asks again on Try again', async () => {
    let calls = 0;
    const fake = createFakeBridge({
      'platform:call': () =>
        ++calls === 1
          ? { ok: false, failure: 'offline', message: 'the platform did not answer' }
          : { ok: true, data: [] },
    });
    useBridgeForTests(fake.bridge);
    render(<Gold projectId={PROJECT} />);
    expect((await screen.findByRole('alert')).textContent).toContain('the platform did not answer');
    await act(async () => {
      screen.getByRole('button', { name: 'Try again' }).click();
      await Promise.resolve();
    });
    expect((await screen.findByTestId('rows')).textContent).toBe('0 rows');
    expect(calls).toBe(2);
  });

  it('refuses an answer that does not fit the operation, rather than trusting it', async () => {
    useBridgeForTests(
      createFakeBridge({ 'platform:call': () => ({ ok: true, data: { not: 'rows' } }) }).bridge,
    );
    render(<Gold projectId={PROJECT} />);
    expect((await screen.findByRole('alert')).textContent).toContain('unexpected answer');
  });

  it('drops an answer that lands after the component is gone', async () => {
    const answer = deferred();
    useBridgeForTests(createFakeBridge({ 'platform:call': () => answer.promise }).bridge);
    const view = render(<Gold projectId={PROJECT} />);
    view.unmount();
    await act(async () => {
      answer.resolve({ ok: true, data: [] });
      await answer.promise;
    });
    expect(view.container.textContent).toBe('');
  });
});
