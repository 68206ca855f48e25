import type { Db } from './openDatabase';

/** Ids of members with a protected identity: exports show them by display name or leave them out. */
export function protectedMemberIds(db: Db): Set<string> {
  return new Set((db.prepare('SELECT id FROM members WHERE protected_identity = 1').pluck().all() as string[]));
}
