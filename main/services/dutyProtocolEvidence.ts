import type { DutyId } from '../../shared/childWelfareDuties';
import type { ProtocolEvidence } from '../../shared/dutyStatus';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { protocolsServingDuties } from '../db/protocolEvidence';

/**
 * Protocols serving each duty with a version in force now (the protocols register, db/protocolEvidence.ts), adopted
 * on or before `asOf`. A protocol superseded or expired since is not evidence, even for an earlier period: the
 * register keeps no history of what was in force on a past day in this form.
 */
export async function adoptedProtocolsByDuty(db: StorageExecutor, asOf: string): Promise<Map<DutyId, ProtocolEvidence[]>> {
  const serving = await protocolsServingDuties(db);
  return new Map(
    serving.map(({ duty, protocols }) => [
      duty,
      protocols.filter((protocol) => protocol.adoptedOn !== '' && protocol.adoptedOn <= asOf).map(({ title, adoptedOn }) => ({ title, adoptedOn })),
    ]),
  );
}
