/**
 * useWatchedQuery: reads, reads again after a write to a table it watches, reads nothing while not enabled,
 * and tells its query when the screen no longer needs it (unmounted), so a long query can stop.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { useWatchedQuery } from '../../../../renderer/db/use-watched-query';
import { freshDb, type TestDb } from './db-fixtures';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(() => t.db.close());

const countPeople = () => t.db.people.count();

describe('useWatchedQuery', () => {
  it('reads nothing until enabled, then reads', async () => {
    const query = jest.fn(countPeople);
    const { result, rerender } = renderHook(
      ({ enabled }) => useWatchedQuery(t.db, (db) => [db.people], query, [], enabled),
      { initialProps: { enabled: false } },
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(query).not.toHaveBeenCalled();
    expect(result.current).toBeUndefined();
    rerender({ enabled: true });
    await waitFor(() => expect(result.current).toBe(0));
  });

  it('aborts the signal its query was given once the screen is closed', async () => {
    const signals: AbortSignal[] = [];
    const { result, unmount } = renderHook(() =>
      useWatchedQuery(
        t.db,
        (db) => [db.people],
        (signal) => {
          signals.push(signal);
          return countPeople();
        },
        [],
      ),
    );
    await waitFor(() => expect(result.current).toBe(0));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    unmount();
    expect(signals[0]!.aborted).toBe(true);
  });
});
