import type { StorageExecutor } from '../db/engine/storageEngine';
import { organizationState } from '../db/outreachRepository';
import { referenceError } from './rosterReferences';

/**
 * A form's chosen organization must be in the directory and active; the one the record already names may stay when
 * archived since. Refused as VALIDATION on the field, as the roster's references are (rosterReferences.ts).
 */
export async function requireOrganizationChoice(db: StorageExecutor, field: string, id: string | null, current: string | null): Promise<void> {
  if (id === null || id === current) return;
  const state = await organizationState(db, id);
  if (state === 'missing')
    throw referenceError(field, 'That organization is not in the directory. Add it there first (as prospective if it is not involved yet).');
  if (state === 'archived') throw referenceError(field, 'That organization is archived. Restore it first, or choose another.');
}
