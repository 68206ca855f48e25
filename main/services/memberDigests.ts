import { compareNames } from '../../shared/nameSortKey';
import { type ChannelOutput, type ChannelParsedInput, type ExportRequestOf, actionQuerySchema, unfinishedActionStatuses } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { appendAudit } from '../db/auditRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { findMember } from '../db/memberStore';
import type { DigestModel, DigestOwner } from '../export/digest/digestModel';
import { memberDigests } from '../export/digest/digestModel';
import { emailDraft } from '../export/digest/digestEmail';
import type { PreparedExport } from '../export/preparedExport';
import { dateIn, dueDatesOn } from './actionItemsDueDates';
import { coalitionNameIn, exportFileNameOf } from './exportFileName';
import { loadAllActionItems } from './actionItemView';
import { loadPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound } from './workspaceTransaction';

const byName = (a: DigestOwner, b: DigestOwner) => compareNames(a.shownName, b.shownName);

async function ownerOf(db: StorageExecutor, memberId: string): Promise<DigestOwner> {
  // The member's row hides a protected identity's email, so their digest can never carry it.
  const member = requireFound(await findMember(db, memberId), 'member');
  return { id: member.id, shownName: member.shownName, organizationName: member.organizationName, email: member.email || null };
}

/** One person's digest (even with nothing open), or one for everyone who owns unfinished items. */
async function readDigests(context: ServiceContext, db: StorageExecutor, memberId: string | null): Promise<DigestModel> {
  const now = context.now();
  const { timeZone, dateStyle } = await loadPreferences(db);
  const query = actionQuerySchema.parse({ statuses: [...unfinishedActionStatuses], ownerId: memberId });
  const items = await loadAllActionItems(db, query, dueDatesOn(dateIn(timeZone, now)));
  const ownerIds = memberId ? [memberId] : [...new Set(items.flatMap((item) => item.ownerId ?? []))];
  const owners: DigestOwner[] = [];
  for (const id of ownerIds) owners.push(await ownerOf(db, id));
  const digests = memberDigests(owners.sort(byName), items, dateStyle);
  return { coalitionName: await coalitionNameIn(db), generatedOn: dateIn(timeZone, now), generatedAt: now.toISOString(), timeZone, dateStyle, digests };
}

export async function prepareMemberDigests(
  context: ServiceContext,
  request: ExportRequestOf<'member-digests'>,
  trx: StorageExecutor,
): Promise<PreparedExport<'member-digests-pdf' | 'member-digests-txt'>> {
  const model = await readDigests(context, trx, request.memberId);
  const [only] = model.digests;
  if (!only) throw new AppError('VALIDATION', 'Nobody has open action items right now, so there is no digest to make.');
  const what = request.memberId ? `action items for ${only.name}` : 'action item digests';
  return {
    renderer: request.format === 'pdf' ? 'member-digests-pdf' : 'member-digests-txt',
    model,
    fileName: exportFileNameOf(model.coalitionName, context.now(), what, request.format),
    mimeType: request.format === 'pdf' ? 'application/pdf' : 'text/plain;charset=utf-8',
  };
}

/** The draft leaves the app through the mail program, so it is noted in the history as every export is. */
export function draftDigestEmail(
  context: ServiceContext,
  { memberId }: ChannelParsedInput<'digests.emailDraft'>,
): Promise<ChannelOutput<'digests.emailDraft'>> {
  return inTransaction(context, async (trx, at) => {
    const model = await readDigests(context, trx, memberId);
    const digest = model.digests[0] as (typeof model.digests)[number];
    await appendAudit(
      trx,
      { profile: context.profile, entity: 'export', entityId: null, action: 'email draft prepared', changes: { kind: 'member-digest', memberId } },
      at,
    );
    return { recipientName: digest.name, hasAddress: digest.email !== null, ...emailDraft(model, digest) };
  });
}
