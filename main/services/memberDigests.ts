import { compareNames } from '../../shared/nameSortKey';
import { type ChannelOutput, type ChannelParsedInput, type ExportRequestOf, actionQuerySchema, unfinishedActionStatuses } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { recordAudit } from '../db/auditRepository';
import { findMember } from '../db/memberRepository';
import type { Db } from '../db/openDatabase';
import type { DigestModel, DigestOwner } from '../export/digest/digestModel';
import { memberDigests } from '../export/digest/digestModel';
import { emailDraft } from '../export/digest/digestEmail';
import type { PreparedExport } from '../export/exportJob';
import { dateIn, dueDatesNow } from './actionItemsDueDates';
import { exportFileName } from './exportFileName';
import { allActionItemsNow } from './actionItemView';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, requireFound, workspaceDb } from './workspaceTransaction';

const byName = (a: DigestOwner, b: DigestOwner) => compareNames(a.shownName, b.shownName);

function ownerOf(db: Db, memberId: string): DigestOwner {
  // findMember hides a protected identity's email, so their digest can never carry it.
  const member = requireFound(findMember(db, memberId), 'member');
  return { id: member.id, shownName: member.shownName, organizationName: member.organizationName, email: member.email || null };
}

/** One person's digest (even with nothing open), or one for everyone who owns unfinished items. */
function readDigests(context: ServiceContext, memberId: string | null): DigestModel {
  const db = workspaceDb(context);
  const now = context.now();
  const query = actionQuerySchema.parse({ statuses: [...unfinishedActionStatuses], ownerId: memberId });
  const items = allActionItemsNow(db, query, dueDatesNow(db, now));
  const ownerIds = memberId ? [memberId] : [...new Set(items.flatMap((item) => item.ownerId ?? []))];
  const owners = ownerIds.map((id) => ownerOf(db, id)).sort(byName);
  const { timeZone, dateStyle } = readPreferences(db);
  const digests = memberDigests(owners, items, dateStyle);
  return { coalitionName: context.session.require().meta.name, generatedOn: dateIn(timeZone, now), generatedAt: now.toISOString(), timeZone, dateStyle, digests };
}

export function prepareMemberDigests(context: ServiceContext, request: ExportRequestOf<'member-digests'>): PreparedExport<DigestModel> {
  const model = readDigests(context, request.memberId);
  const [only] = model.digests;
  if (!only) throw new AppError('VALIDATION', 'Nobody has open action items right now, so there is no digest to make.');
  const what = request.memberId ? `action items for ${only.name}` : 'action item digests';
  return {
    renderer: request.format === 'pdf' ? 'member-digests-pdf' : 'member-digests-txt',
    model,
    fileName: exportFileName(context, what, request.format),
    mimeType: request.format === 'pdf' ? 'application/pdf' : 'text/plain;charset=utf-8',
  };
}

/** The draft leaves the app through the mail program, so it is noted in the history as every export is. */
export function draftDigestEmail(context: ServiceContext, { memberId }: ChannelParsedInput<'digests.emailDraft'>): ChannelOutput<'digests.emailDraft'> {
  return inWorkspaceTransaction(context, (db, at) => {
    const model = readDigests(context, memberId);
    const digest = model.digests[0] as (typeof model.digests)[number];
    recordAudit(db, { profile: context.profile, entity: 'export', entityId: null, action: 'email draft prepared', changes: { kind: 'member-digest', memberId } }, at);
    return { recipientName: digest.name, hasAddress: digest.email !== null, ...emailDraft(model, digest) };
  });
}
