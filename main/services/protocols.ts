import { uuidv7 } from 'uuidv7';
import type { ChannelParsedInput, ProtocolDetail, ProtocolSummary } from '../../shared/contract';
import { isoDateInZone } from '../../shared/dateFormat';
import { AppError } from '../../shared/errors';
import type { VersionState } from '../../shared/protocolLabels';
import { canMoveVersion, signableStates } from '../../shared/protocolStates';
import { organizationsAtTable } from '../db/coverageRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { appendAudit } from '../db/auditRepository';
import {
  type VersionRow,
  decisionOf,
  deleteParty,
  findParty,
  findVersion,
  insertProtocol,
  insertVersion,
  loadProtocolRecords,
  markAdopted,
  meetingExists,
  memberAffiliation,
  partyMembers,
  protocolExists,
  setLastReviewedOn,
  setVersionState,
  touchProtocol,
  updateProtocol as writeProtocol,
  updateVersionText,
  upsertParty,
  versionLabelTaken,
  versionsInStates,
  writeSignOff,
} from '../db/protocolRepository';
import { rosterState } from '../db/rosterAvailability';
import { loadPreferences } from './preferences';
import { detailOf, registerOf } from './protocolRegister';
import { referenceError } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/** Today's date where the coalition is (Settings' time zone), which review dates are measured against. */
export async function coalitionToday(db: StorageExecutor, now: Date): Promise<string> {
  return isoDateInZone(now, (await loadPreferences(db)).timeZone);
}

export async function listProtocols(context: ServiceContext): Promise<ProtocolSummary[]> {
  const db = storage(context);
  return registerOf(await loadProtocolRecords(db), await coalitionToday(db, context.now()));
}

export function getProtocol(context: ServiceContext, { id }: { id: string }): Promise<ProtocolDetail> {
  return readDetail(storage(context), context.now(), id);
}

async function readDetail(db: StorageExecutor, now: Date, id: string): Promise<ProtocolDetail> {
  const detail = detailOf(await loadProtocolRecords(db, { id }), await coalitionToday(db, now), await organizationsAtTable(db), await partyMembers(db, id));
  return requireFound(detail, 'protocol or agreement');
}

/** One change to one protocol: its own transaction, a history row, and the protocol as it now stands. */
function changeProtocol(
  context: ServiceContext,
  action: string,
  work: (trx: StorageExecutor, at: string) => Promise<{ protocolId: string; changes: Record<string, unknown> }>,
): Promise<ProtocolDetail> {
  return inTransaction(context, async (trx, at) => {
    const { protocolId, changes } = await work(trx, at);
    await touchProtocol(trx, protocolId, at);
    await appendAudit(trx, { profile: context.profile, entity: 'protocol', entityId: protocolId, action, changes }, at);
    return readDetail(trx, new Date(at), protocolId);
  });
}

export function createProtocol(context: ServiceContext, input: ChannelParsedInput<'protocols.create'>): Promise<ProtocolDetail> {
  const { firstVersion, ...fields } = input;
  return changeProtocol(context, 'created', async (trx, at) => {
    const id = uuidv7();
    await insertProtocol(trx, id, fields, at);
    await insertVersion(trx, { id: uuidv7(), protocolId: id, label: firstVersion, changes: '' }, at);
    return { protocolId: id, changes: { title: fields.title, kind: fields.kind, version: firstVersion } };
  });
}

export function updateProtocol(context: ServiceContext, input: ChannelParsedInput<'protocols.update'>): Promise<ProtocolDetail> {
  const { id, ...fields } = input;
  return changeProtocol(context, 'updated', async (trx, at) => {
    await requireProtocol(trx, id);
    await writeProtocol(trx, id, fields, at);
    return { protocolId: id, changes: { title: fields.title, kind: fields.kind, reviewMonths: fields.reviewMonths, renewalOn: fields.renewalOn } };
  });
}

/** A new draft: its sign-offs start pending, because none are recorded on it yet. */
export function addVersion(context: ServiceContext, input: ChannelParsedInput<'protocols.addVersion'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'version-added', async (trx, at) => {
    await requireProtocol(trx, input.protocolId);
    const open = await versionsInStates(trx, input.protocolId, ['draft', 'in-review']);
    if (open[0])
      throw new AppError(
        'CONFLICT',
        `Version ${open[0].label} is still ${open[0].state === 'draft' ? 'a draft' : 'in review'}. Adopt it or work on it instead of starting another.`,
      );
    await requireFreeLabel(trx, input.protocolId, input.label, null);
    await insertVersion(trx, { id: uuidv7(), protocolId: input.protocolId, label: input.label, changes: input.changes }, at);
    return { protocolId: input.protocolId, changes: { version: input.label } };
  });
}

export function updateVersion(context: ServiceContext, input: ChannelParsedInput<'protocols.updateVersion'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'version-updated', async (trx, at) => {
    const version = await requireVersion(trx, input.id);
    if (version.state !== 'draft' && version.state !== 'in-review') {
      throw new AppError('CONFLICT', `Version ${version.label} is ${version.state}; its label and changes stay as they were. Start a new version instead.`);
    }
    await requireFreeLabel(trx, version.protocolId, input.label, version.id);
    await updateVersionText(trx, version.id, input, at);
    return { protocolId: version.protocolId, changes: { version: version.label, label: input.label } };
  });
}

export function moveVersion(context: ServiceContext, input: ChannelParsedInput<'protocols.moveVersion'>): Promise<ProtocolDetail> {
  return changeProtocol(context, `version-${input.state}`, async (trx, at) => {
    const version = await requireVersion(trx, input.id);
    if (input.state === 'adopted')
      throw new AppError('VALIDATION', 'Record the adoption with its date (and the meeting, if there was one).', {
        fieldErrors: { state: ['Use "Record adoption".'] },
      });
    requireMove(version, input.state);
    await setVersionState(trx, version.id, input.state, input.state === 'expired' ? at.slice(0, 10) : null, at);
    return { protocolId: version.protocolId, changes: { version: version.label, from: version.state, to: input.state } };
  });
}

/** In review -> adopted; the version adopted before it is superseded on the same day. */
export function adoptVersion(context: ServiceContext, input: ChannelParsedInput<'protocols.adopt'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'version-adopted', async (trx, at) => {
    const version = await requireVersion(trx, input.id);
    requireMove(version, 'adopted');
    if (input.meetingId !== null && !(await meetingExists(trx, input.meetingId))) throw referenceError('meetingId', 'That meeting no longer exists.');
    if (input.decisionId !== null) {
      const decision = await decisionOf(trx, input.decisionId);
      if (!decision || decision.meetingId !== input.meetingId) throw referenceError('decisionId', 'That decision was not recorded at the chosen meeting.');
      if (decision.outcome !== 'adopted' && decision.outcome !== 'consensus')
        throw referenceError('decisionId', 'That decision was not adopted. Choose the one that adopted this version.');
    }
    const effectiveOn = input.effectiveOn ?? input.adoptedOn;
    const previous = await versionsInStates(trx, version.protocolId, ['adopted']);
    for (const old of previous) await setVersionState(trx, old.id, 'superseded', effectiveOn, at);
    await markAdopted(trx, version.id, { adoptedOn: input.adoptedOn, effectiveOn, meetingId: input.meetingId, decisionId: input.decisionId }, at);
    return {
      protocolId: version.protocolId,
      changes: {
        version: version.label,
        adoptedOn: input.adoptedOn,
        effectiveOn,
        meetingId: input.meetingId,
        decisionId: input.decisionId,
        superseded: previous.map((old) => old.label),
      },
    };
  });
}

/** Adds a party or changes its signatory, who must be an active member of that organization. */
export function setParty(context: ServiceContext, input: ChannelParsedInput<'protocols.setParty'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'party-set', async (trx, at) => {
    await requireProtocol(trx, input.protocolId);
    const existing = await findParty(trx, input.protocolId, input.organizationId);
    if (!existing) {
      const state = await rosterState(trx, 'organizations', input.organizationId);
      if (state === 'missing') throw referenceError('organizationId', 'That organization is not in the directory.');
      if (state === 'archived') throw referenceError('organizationId', 'That organization is archived. Restore it first, or choose another.');
    }
    if (input.signatoryId !== null && input.signatoryId !== existing?.signatoryId) await requireSignatory(trx, input.signatoryId, input.organizationId);
    await upsertParty(trx, input, at);
    return { protocolId: input.protocolId, changes: { organizationId: input.organizationId, signatoryId: input.signatoryId } };
  });
}

export function removeParty(context: ServiceContext, input: ChannelParsedInput<'protocols.removeParty'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'party-removed', async (trx) => {
    await requireProtocol(trx, input.protocolId);
    if (!(await findParty(trx, input.protocolId, input.organizationId)))
      throw new AppError('NOT_FOUND', 'That organization is not a party to it. Reload and try again.');
    await deleteParty(trx, input.protocolId, input.organizationId);
    return { protocolId: input.protocolId, changes: { organizationId: input.organizationId } };
  });
}

/** A party's answer on one version, in review or adopted; the signatory on record is kept with it. */
export function setSignOff(context: ServiceContext, input: ChannelParsedInput<'protocols.setSignOff'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'sign-off', async (trx, at) => {
    const version = await requireVersion(trx, input.versionId);
    if (!signableStates.includes(version.state)) {
      throw new AppError(
        'CONFLICT',
        `Version ${version.label} is ${version.state === 'draft' ? 'a draft' : version.state}. Parties sign a version while it is in review or adopted.`,
      );
    }
    const party = await findParty(trx, version.protocolId, input.organizationId);
    if (!party) throw referenceError('organizationId', 'That organization is not a party to it. Add it as a party first.');
    await writeSignOff(
      trx,
      { versionId: version.id, organizationId: input.organizationId, status: input.status, signedOn: input.signedOn, signatoryId: party.signatoryId },
      at,
    );
    return {
      protocolId: version.protocolId,
      changes: { version: version.label, organizationId: input.organizationId, status: input.status, signedOn: input.signedOn },
    };
  });
}

/** A review that keeps the adopted version: the next review counts from this date. */
export function recordReview(context: ServiceContext, input: ChannelParsedInput<'protocols.recordReview'>): Promise<ProtocolDetail> {
  return changeProtocol(context, 'reviewed', async (trx, at) => {
    await requireProtocol(trx, input.id);
    if ((await versionsInStates(trx, input.id, ['adopted'])).length === 0)
      throw new AppError('CONFLICT', 'Only an adopted version is reviewed. Adopt a version first.');
    await setLastReviewedOn(trx, input.id, input.reviewedOn, at);
    return { protocolId: input.id, changes: { reviewedOn: input.reviewedOn } };
  });
}

async function requireProtocol(db: StorageExecutor, id: string): Promise<void> {
  if (!(await protocolExists(db, id))) requireFound(undefined, 'protocol or agreement');
}

async function requireVersion(db: StorageExecutor, id: string): Promise<VersionRow> {
  return requireFound(await findVersion(db, id), 'version');
}

function requireMove(version: VersionRow, to: VersionState): void {
  if (!canMoveVersion(version.state, to)) {
    const words = { draft: 'a draft', 'in-review': 'in review', adopted: 'adopted', superseded: 'superseded', expired: 'expired' } as const;
    throw new AppError('CONFLICT', `Version ${version.label} is ${words[version.state]}, so it cannot become ${words[to]}.`);
  }
}

async function requireFreeLabel(db: StorageExecutor, protocolId: string, label: string, exceptId: string | null): Promise<void> {
  if (await versionLabelTaken(db, protocolId, label, exceptId))
    throw referenceError('label', `There is already a version ${label}. Give this one another label.`);
}

async function requireSignatory(db: StorageExecutor, memberId: string, organizationId: string): Promise<void> {
  const member = await memberAffiliation(db, memberId);
  if (!member) throw referenceError('signatoryId', 'That person is not in the roster.');
  if (member.archived) throw referenceError('signatoryId', 'That person is archived. Restore them first, or choose someone else.');
  if (member.organizationId !== organizationId) throw referenceError('signatoryId', 'The signatory must be a member of the organization that signs.');
}
