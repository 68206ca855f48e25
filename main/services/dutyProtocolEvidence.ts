import type { DutyId } from '../../shared/childWelfareDuties';
import type { ProtocolEvidence } from '../../shared/dutyStatus';
import type { StorageExecutor } from '../db/engine/storageEngine';

/**
 * Adopted protocols serving each duty, adopted on or before `asOf`. The protocols register is being built on the
 * branch `protocols` (issue 13); until its repository function is on main, no protocol is evidence of anything, and
 * the checklist says so ("no adopted protocol serves this duty"). Wiring it is this one function.
 */
export function adoptedProtocolsByDuty(_db: StorageExecutor, _asOf: string): Promise<Map<DutyId, ProtocolEvidence[]>> {
  return Promise.resolve(new Map());
}
