/** The error a refused call threw, for a test to read its message. */

/**
 * Awaits `promise`, which must be refused, and returns the error it was refused with. With `kind`, the error
 * must be of that class. A promise that is not refused fails the test.
 */
export async function failureOf<E extends Error = Error>(
  promise: Promise<unknown>,
  kind?: abstract new (...args: never[]) => E,
): Promise<E> {
  const outcome = await promise.then(
    () => ({ refused: false as const }),
    (error: unknown) => ({ refused: true as const, error }),
  );
  if (!outcome.refused) throw new Error('Expected a refusal.');
  if (kind && !(outcome.error instanceof kind))
    throw new Error(`Expected a ${kind.name}, got ${String(outcome.error)}`);
  return outcome.error as E;
}
