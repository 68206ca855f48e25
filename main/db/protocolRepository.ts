import { sql } from 'kysely';
import type { DutyId } from '../../shared/childWelfareDuties';
import type { ProtocolKind, ProtocolSubtype, VersionState } from '../../shared/protocolLabels';
import type { SectorId } from '../../shared/stakeholderSectors';
import { nameOrder } from './engine/dialectSql';
import { type StorageExecutor, dialectOf } from './engine/storageEngine';
import { memberOrderOf, shownNameOf } from './memberShownName';

/** What a person edits on a protocol or agreement itself (its versions, parties and sign-offs have their own writes). */
export interface ProtocolFields {
  title: string;
  kind: ProtocolKind;
  subtype: ProtocolSubtype | null;
  summary: string;
  reviewMonths: number | null;
  renewalOn: string | null;
  requiredSectors: readonly SectorId[];
  duties: readonly DutyId[];
}

export async function insertProtocol(db: StorageExecutor, id: string, fields: ProtocolFields, at: string): Promise<void> {
  await db
    .insertInto('protocols')
    .values({ id, ...protocolColumns(fields), created_at: at, updated_at: at })
    .execute();
  await replaceProtocolLists(db, id, fields);
}

export async function updateProtocol(db: StorageExecutor, id: string, fields: ProtocolFields, at: string): Promise<void> {
  await db
    .updateTable('protocols')
    .set({ ...protocolColumns(fields), updated_at: at })
    .where('id', '=', id)
    .execute();
  await replaceProtocolLists(db, id, fields);
}

export async function setLastReviewedOn(db: StorageExecutor, id: string, reviewedOn: string, at: string): Promise<void> {
  await db.updateTable('protocols').set({ last_reviewed_on: reviewedOn, updated_at: at }).where('id', '=', id).execute();
}

/** Marks the protocol changed, so the register can say when anything about it (a version, a party) last moved. */
export async function touchProtocol(db: StorageExecutor, id: string, at: string): Promise<void> {
  await db.updateTable('protocols').set({ updated_at: at }).where('id', '=', id).execute();
}

const protocolColumns = (fields: ProtocolFields) => ({
  title: fields.title,
  kind: fields.kind,
  subtype: fields.kind === 'protocol' ? fields.subtype : null,
  summary: fields.summary,
  review_months: fields.reviewMonths,
  renewal_on: fields.renewalOn,
});

async function replaceProtocolLists(db: StorageExecutor, id: string, fields: ProtocolFields): Promise<void> {
  await db.deleteFrom('protocol_required_sectors').where('protocol_id', '=', id).execute();
  await db.deleteFrom('protocol_duties').where('protocol_id', '=', id).execute();
  const sectors = [...new Set(fields.requiredSectors)];
  const duties = [...new Set(fields.duties)];
  if (sectors.length > 0)
    await db
      .insertInto('protocol_required_sectors')
      .values(sectors.map((sector) => ({ protocol_id: id, sector })))
      .execute();
  if (duties.length > 0)
    await db
      .insertInto('protocol_duties')
      .values(duties.map((duty) => ({ protocol_id: id, duty })))
      .execute();
}

export async function insertVersion(
  db: StorageExecutor,
  version: { id: string; protocolId: string; label: string; changes: string },
  at: string,
): Promise<void> {
  await db
    .insertInto('protocol_versions')
    .values({ id: version.id, protocol_id: version.protocolId, label: version.label, changes: version.changes, state: 'draft', created_at: at, updated_at: at })
    .execute();
}

export async function updateVersionText(db: StorageExecutor, id: string, fields: { label: string; changes: string }, at: string): Promise<void> {
  await db.updateTable('protocol_versions').set({ label: fields.label, changes: fields.changes, updated_at: at }).where('id', '=', id).execute();
}

export async function setVersionState(db: StorageExecutor, id: string, state: VersionState, endedOn: string | null, at: string): Promise<void> {
  await db.updateTable('protocol_versions').set({ state, ended_on: endedOn, updated_at: at }).where('id', '=', id).execute();
}

export interface Adoption {
  adoptedOn: string;
  effectiveOn: string;
  meetingId: string | null;
  decisionId: string | null;
}

export async function markAdopted(db: StorageExecutor, id: string, adoption: Adoption, at: string): Promise<void> {
  await db
    .updateTable('protocol_versions')
    .set({
      state: 'adopted',
      adopted_on: adoption.adoptedOn,
      effective_on: adoption.effectiveOn,
      adopted_meeting_id: adoption.meetingId,
      adopted_decision_id: adoption.decisionId,
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

export interface VersionRow {
  id: string;
  protocolId: string;
  label: string;
  state: VersionState;
}

export async function findVersion(db: StorageExecutor, id: string): Promise<VersionRow | undefined> {
  return db.selectFrom('protocol_versions').select(['id', 'protocol_id as protocolId', 'label', 'state']).where('id', '=', id).executeTakeFirst();
}

export async function versionsInStates(db: StorageExecutor, protocolId: string, states: readonly VersionState[]): Promise<VersionRow[]> {
  return db
    .selectFrom('protocol_versions')
    .select(['id', 'protocol_id as protocolId', 'label', 'state'])
    .where('protocol_id', '=', protocolId)
    .where('state', 'in', states)
    .execute();
}

export async function versionLabelTaken(db: StorageExecutor, protocolId: string, label: string, exceptId: string | null): Promise<boolean> {
  const row = await db
    .selectFrom('protocol_versions')
    .select('id')
    .where('protocol_id', '=', protocolId)
    .where((eb) => eb(eb.fn('lower', ['label']), '=', label.toLowerCase()))
    .$if(exceptId !== null, (query) => query.where('id', '<>', exceptId ?? ''))
    .executeTakeFirst();
  return row !== undefined;
}

export async function protocolExists(db: StorageExecutor, id: string): Promise<boolean> {
  return (await db.selectFrom('protocols').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function upsertParty(
  db: StorageExecutor,
  party: { protocolId: string; organizationId: string; signatoryId: string | null },
  at: string,
): Promise<void> {
  await db
    .insertInto('protocol_parties')
    .values({ protocol_id: party.protocolId, organization_id: party.organizationId, signatory_id: party.signatoryId, created_at: at })
    .onConflict((conflict) => conflict.columns(['protocol_id', 'organization_id']).doUpdateSet({ signatory_id: party.signatoryId }))
    .execute();
}

export async function findParty(db: StorageExecutor, protocolId: string, organizationId: string): Promise<{ signatoryId: string | null } | undefined> {
  return db
    .selectFrom('protocol_parties')
    .select('signatory_id as signatoryId')
    .where('protocol_id', '=', protocolId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

export async function deleteParty(db: StorageExecutor, protocolId: string, organizationId: string): Promise<void> {
  await db.deleteFrom('protocol_parties').where('protocol_id', '=', protocolId).where('organization_id', '=', organizationId).execute();
}

/** Pending is the absence of a row: recording it removes what was there. */
export async function writeSignOff(
  db: StorageExecutor,
  signOff: { versionId: string; organizationId: string; status: 'pending' | 'signed' | 'declined'; signedOn: string | null; signatoryId: string | null },
  at: string,
): Promise<void> {
  await db.deleteFrom('protocol_signoffs').where('version_id', '=', signOff.versionId).where('organization_id', '=', signOff.organizationId).execute();
  if (signOff.status === 'pending') return;
  await db
    .insertInto('protocol_signoffs')
    .values({
      version_id: signOff.versionId,
      organization_id: signOff.organizationId,
      status: signOff.status,
      signed_on: signOff.status === 'signed' ? signOff.signedOn : null,
      signatory_id: signOff.signatoryId,
      updated_at: at,
    })
    .execute();
}

/** The organization a member belongs to, and whether either is archived; undefined when the member does not exist. */
export async function memberAffiliation(db: StorageExecutor, memberId: string): Promise<{ organizationId: string | null; archived: boolean } | undefined> {
  const row = await db
    .selectFrom('members')
    .select(['organization_id as organizationId', 'archived_at as archivedAt'])
    .where('id', '=', memberId)
    .executeTakeFirst();
  return row && { organizationId: row.organizationId, archived: row.archivedAt !== null };
}

export async function decisionOf(db: StorageExecutor, decisionId: string): Promise<{ meetingId: string; outcome: string } | undefined> {
  return db.selectFrom('decisions').select(['meeting_id as meetingId', 'outcome']).where('id', '=', decisionId).executeTakeFirst();
}

export async function meetingExists(db: StorageExecutor, meetingId: string): Promise<boolean> {
  return (await db.selectFrom('meetings').select('id').where('id', '=', meetingId).executeTakeFirst()) !== undefined;
}

// ---------- Reading the register ----------

export interface ProtocolRecords {
  protocols: Array<{
    id: string;
    title: string;
    kind: ProtocolKind;
    subtype: ProtocolSubtype | null;
    summary: string;
    reviewMonths: number | null;
    renewalOn: string | null;
    lastReviewedOn: string | null;
    updatedAt: string;
  }>;
  versions: Array<{
    id: string;
    protocolId: string;
    label: string;
    state: VersionState;
    changes: string;
    effectiveOn: string | null;
    adoptedOn: string | null;
    endedOn: string | null;
    createdAt: string;
    meetingId: string | null;
    meetingTitle: string | null;
    meetingStartsAt: string | null;
    decisionId: string | null;
    decisionText: string | null;
  }>;
  parties: Array<{
    protocolId: string;
    organizationId: string;
    name: string;
    sector: SectorId;
    archived: boolean;
    signatoryId: string | null;
    signatoryName: string | null;
  }>;
  signOffs: Array<{ versionId: string; organizationId: string; status: 'signed' | 'declined'; signedOn: string | null; signatoryName: string | null }>;
  requiredSectors: Array<{ protocolId: string; sector: SectorId }>;
  duties: Array<{ protocolId: string; duty: DutyId }>;
}

/** Everything about one protocol, or all of them: six queries whatever the number. */
export async function loadProtocolRecords(db: StorageExecutor, filter: { id?: string } = {}): Promise<ProtocolRecords> {
  const only = filter.id;
  const protocols = await db
    .selectFrom('protocols as p')
    .select([
      'p.id',
      'p.title',
      'p.kind',
      'p.subtype',
      'p.summary',
      'p.review_months as reviewMonths',
      'p.renewal_on as renewalOn',
      'p.last_reviewed_on as lastReviewedOn',
      'p.updated_at as updatedAt',
    ])
    .$if(only !== undefined, (query) => query.where('p.id', '=', only ?? ''))
    .orderBy(nameOrder(dialectOf(db), sql.ref('p.title')))
    .orderBy('p.id')
    .execute();
  const versions = await db
    .selectFrom('protocol_versions as v')
    .leftJoin('meetings as m', 'm.id', 'v.adopted_meeting_id')
    .leftJoin('decisions as d', 'd.id', 'v.adopted_decision_id')
    .select([
      'v.id',
      'v.protocol_id as protocolId',
      'v.label',
      'v.state',
      'v.changes',
      'v.effective_on as effectiveOn',
      'v.adopted_on as adoptedOn',
      'v.ended_on as endedOn',
      'v.created_at as createdAt',
    ])
    .select(['m.id as meetingId', 'm.title as meetingTitle', 'm.starts_at as meetingStartsAt', 'd.id as decisionId', 'd.text as decisionText'])
    .$if(only !== undefined, (query) => query.where('v.protocol_id', '=', only ?? ''))
    .orderBy('v.created_at', 'desc')
    .orderBy('v.id', 'desc')
    .execute();
  const parties = await db
    .selectFrom('protocol_parties as pp')
    .innerJoin('organizations as o', 'o.id', 'pp.organization_id')
    .leftJoin('members as s', 's.id', 'pp.signatory_id')
    .select([
      'pp.protocol_id as protocolId',
      'o.id as organizationId',
      'o.name',
      'o.sector',
      'o.archived_at as archivedAt',
      'pp.signatory_id as signatoryId',
      shownNameOf('s').as('signatoryName'),
    ])
    .$if(only !== undefined, (query) => query.where('pp.protocol_id', '=', only ?? ''))
    .orderBy(nameOrder(dialectOf(db), sql.ref('o.name')))
    .orderBy('o.id')
    .execute();
  const signOffs = await db
    .selectFrom('protocol_signoffs as so')
    .innerJoin('protocol_versions as v', 'v.id', 'so.version_id')
    .leftJoin('members as s', 's.id', 'so.signatory_id')
    .select([
      'so.version_id as versionId',
      'so.organization_id as organizationId',
      'so.status',
      'so.signed_on as signedOn',
      shownNameOf('s').as('signatoryName'),
    ])
    .$if(only !== undefined, (query) => query.where('v.protocol_id', '=', only ?? ''))
    .execute();
  const requiredSectors = await protocolTags(db, 'protocol_required_sectors', 'sector', only);
  const duties = await protocolTags(db, 'protocol_duties', 'duty', only);
  return {
    protocols: protocols.map((row) => ({ ...row, kind: row.kind as ProtocolKind, subtype: row.subtype as ProtocolSubtype | null })),
    versions,
    parties: parties.map(({ archivedAt, sector, signatoryId, signatoryName, ...row }) => ({
      ...row,
      sector: sector as SectorId,
      archived: archivedAt !== null,
      signatoryId,
      signatoryName: signatoryId === null ? null : signatoryName,
    })),
    signOffs: signOffs.map((row) => ({ ...row, signatoryName: row.signatoryName ?? null })),
    requiredSectors: requiredSectors.map((row) => ({ protocolId: row.protocolId, sector: row.value as SectorId })),
    duties: duties.map((row) => ({ protocolId: row.protocolId, duty: row.value as DutyId })),
  };
}

/** A protocol's list of words (the sectors that must be party, the duties it serves), of one protocol or of all. */
function protocolTags(db: StorageExecutor, table: 'protocol_required_sectors' | 'protocol_duties', column: 'sector' | 'duty', only: string | undefined) {
  return db
    .selectFrom(table)
    .select(['protocol_id as protocolId', sql.ref<string>(column).as('value')])
    .$if(only !== undefined, (query) => query.where('protocol_id', '=', only ?? ''))
    .execute();
}

/** The active members of the organizations that are parties to a protocol: who can sign for each. */
export async function partyMembers(db: StorageExecutor, protocolId: string): Promise<Array<{ organizationId: string; id: string; shownName: string }>> {
  const rows = await db
    .selectFrom('protocol_parties as pp')
    .innerJoin('members as m', 'm.organization_id', 'pp.organization_id')
    .select(['pp.organization_id as organizationId', 'm.id', shownNameOf('m').as('shownName')])
    .where('pp.protocol_id', '=', protocolId)
    .where('m.archived_at', 'is', null)
    .orderBy(memberOrderOf('m'))
    .execute();
  return rows.map((row) => ({ organizationId: row.organizationId ?? '', id: row.id, shownName: row.shownName }));
}
