/**
 * A workspace transaction on SQLCipher must finish within the event-loop turn it started in. Kysely over
 * better-sqlite3 only ever awaits promises that are already settled, so a transaction that awaits nothing but the
 * engine never lets another message in; one that awaits a file, a timer or a worker would let another request run
 * its statements inside this open transaction (and be rolled back with it). The guard notices a turn passing and
 * fails the transaction, so it rolls back instead of mixing two people's actions.
 */
export interface MacrotaskGuard {
  /** Throws when a macrotask ran since the guard was set. */
  assertSameTurn(): void;
}

export const TRANSACTION_SPANNED_TURNS =
  'A workspace transaction waited on something other than the database. Nothing was saved. (Read files and ask workers before the transaction starts.)';

export function guardSameTurn(): MacrotaskGuard {
  let turnPassed = false;
  const marker = setImmediate(() => {
    turnPassed = true;
  });
  return {
    assertSameTurn() {
      clearImmediate(marker);
      if (turnPassed) throw new Error(TRANSACTION_SPANNED_TURNS);
    },
  };
}
