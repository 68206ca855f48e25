import { AppError } from '../../shared/errors';
import { countExisting, rosterState } from '../db/rosterAvailability';
import type { StorageExecutor } from '../db/engine/storageEngine';

/**
 * Records point at people and workgroups of the roster. A new reference must be to an existing, active row;
 * one the record already had may stay even when archived since (history keeps its names). A reference that
 * fails is the form's fault, not the target's: VALIDATION with the reason on the field, as the directory does
 * (services/representation.ts). NOT_FOUND is kept for the record a channel acts on.
 */
type ReferencedTable = 'members' | 'workgroups';

const words: Record<ReferencedTable, { missing: string; archived: string }> = {
  members: { missing: 'That person is not in the roster.', archived: 'That person is archived. Restore them first, or choose someone else.' },
  workgroups: { missing: 'That workgroup does not exist.', archived: 'That workgroup is archived. Restore it first, or choose another.' },
};

/** VALIDATION with `message` on `field`: how every refused reference in a form is answered. */
export function referenceError(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fieldErrors: { [field]: [message] } });
}

function refuseUnavailable(table: ReferencedTable, field: string, state: 'active' | 'archived' | 'missing'): void {
  if (state !== 'active') throw referenceError(field, words[table][state]);
}

/** The id is of an active record (archived only when already on the record, in `currentIds`). */
export async function requireAvailable(
  db: StorageExecutor,
  table: ReferencedTable,
  field: string,
  id: string | null,
  currentIds: readonly (string | null)[] = [],
): Promise<void> {
  if (id === null || currentIds.includes(id)) return;
  refuseUnavailable(table, field, await rosterState(db, table, id));
}

/** Every id is of an active record; archived ones only when already on the record. */
export async function requireAllAvailable(
  db: StorageExecutor,
  table: ReferencedTable,
  field: string,
  ids: readonly string[],
  currentIds: readonly string[] = [],
): Promise<void> {
  for (const id of ids) await requireAvailable(db, table, field, id, currentIds);
}

const chosenWords = { members: 'people', organizations: 'organizations', workgroups: 'workgroups' } as const;

/** Ids chosen from a list must still exist (archived is fine: the caller decides what to do with those). */
export async function requireAllExist(db: StorageExecutor, table: keyof typeof chosenWords, field: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const wanted = [...new Set(ids)];
  if ((await countExisting(db, table, wanted)) !== wanted.length) {
    throw referenceError(field, `One of the chosen ${chosenWords[table]} no longer exists. Reload and try again.`);
  }
}
