import { sql } from 'kysely';
import { type DutyId, dutyIds } from '../../shared/childWelfareDuties';
import type { ProtocolKind } from '../../shared/protocolLabels';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';

/** A protocol or agreement in force, as evidence for a duty of P.L. 113-183. */
export interface DutyProtocol {
  id: string;
  title: string;
  kind: ProtocolKind;
  versionLabel: string;
  adoptedOn: string;
  effectiveOn: string | null;
}

/**
 * For each of the six duties (in their order), the protocols that serve it and have a version adopted now (one
 * due for review still counts; superseded and expired ones do not), by title. The duties checklist reads this.
 */
export async function protocolsServingDuties(db: StorageExecutor): Promise<Array<{ duty: DutyId; protocols: DutyProtocol[] }>> {
  const rows = await db
    .selectFrom('protocol_duties as pd')
    .innerJoin('protocols as p', 'p.id', 'pd.protocol_id')
    .innerJoin('protocol_versions as v', (join) => join.onRef('v.protocol_id', '=', 'p.id').on('v.state', '=', 'adopted'))
    .select(['pd.duty', 'p.id', 'p.title', 'p.kind', 'v.label as versionLabel', 'v.adopted_on as adoptedOn', 'v.effective_on as effectiveOn'])
    .orderBy(nameOrder(dialectOf(db), sql.ref('p.title')))
    .orderBy('p.id')
    .execute();
  return dutyIds.map((duty) => ({
    duty,
    protocols: rows
      .filter((row) => row.duty === duty)
      .map(({ duty: _duty, kind, adoptedOn, ...row }) => ({ ...row, kind: kind as ProtocolKind, adoptedOn: adoptedOn ?? '' })),
  }));
}
