/**
 * A live query whose result is only given for the question asked: while a new question (another project,
 * person or day) is being answered, the last answer (to the old question) is not shown as if it were new.
 */
import { useLiveQuery } from 'dexie-react-hooks';

/** The live result of `querier` for `key`; undefined until the answer for this key has arrived. */
export function useQueryFor<T>(
  key: string,
  querier: () => Promise<T> | T,
  deps: readonly unknown[],
): T | undefined {
  const result = useLiveQuery(async () => ({ key, value: await querier() }), [...deps, key]);
  return result?.key === key ? result.value : undefined;
}
