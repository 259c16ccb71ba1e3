import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { invalidateWritten } from '../../renderer/src/api/freshness.js';

describe('freshness by what was written', () => {
  it('reads again a first read that was on its way when the write landed (it may have been answered before it)', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
    let stored = ['Lei Wang'];
    const answers: string[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const queryFn = async () => {
      const answer = [...stored];
      if (answers.length === 0) await gate;
      answers.push(answer);
      return answer;
    };
    // A screen showing the team: its first read is on its way.
    const observer = new QueryObserver(client, { queryKey: ['team.list', {}], queryFn });
    const unsubscribe = observer.subscribe(() => undefined);
    const first = client.getQueryCache().find({ queryKey: ['team.list', {}] })!.promise;
    // The read has been answered with the old list; the write lands before the page gets it.
    stored = ['Lei Wang', 'Zed'];
    const refreshed = invalidateWritten(client, ['team']);
    release();
    await first;
    await refreshed;
    await expect.poll(() => client.getQueryData(['team.list', {}])).toEqual(['Lei Wang', 'Zed']);
    expect(answers).toHaveLength(2);
    unsubscribe();
  });
});
