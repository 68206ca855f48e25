import type { ChannelOutput, ChannelParsedInput, Member, Organization } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { type MemberStanding, findMembersByIds, updateMemberStanding } from '../db/memberStore';
import { type OrganizationClassification, findOrganizationsByIds, updateOrganizationClassification } from '../db/organizationStore';
import { changedFields, writeDirectoryHistory } from './directoryAudit';
import { toMember, toOrganization } from './directoryRecords';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

/**
 * One change to many directory records, chosen in a grid: all of them in one transaction or none, one history
 * entry for each record that changed. Records that already have the values are left alone and counted as unchanged.
 */
type BulkEditResult = ChannelOutput<'directory.bulkEditOrganizations'>;

const NAMES_LISTED = 3;

function namesText(names: readonly string[]): string {
  const listed = names.slice(0, NAMES_LISTED);
  const more = names.length - listed.length;
  if (more > 0) return `${listed.join(', ')} and ${more} more`;
  return listed.length > 1 ? `${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}` : (listed[0] ?? '');
}

/** Every chosen record as it is now: ids that are gone answer NOT_FOUND and archived records CONFLICT, naming them. */
function requireEditable<R extends { id: string; archivedAt: string | null }>(
  ids: readonly string[],
  found: readonly R[],
  words: { many: string; nameOf: (record: R) => string },
): R[] {
  const byId = new Map(found.map((record) => [record.id, record]));
  const chosen = [...new Set(ids)];
  const missing = chosen.filter((id) => !byId.has(id)).length;
  if (missing > 0) {
    const which = missing === 1 ? `One of the chosen ${words.many} no longer exists` : `${missing} of the chosen ${words.many} no longer exist`;
    throw new AppError('NOT_FOUND', `${which}. Reload the list and try again; nothing was changed.`);
  }
  const records = chosen.flatMap((id) => byId.get(id) ?? []);
  const archived = records.filter((record) => record.archivedAt !== null);
  if (archived.length > 0) {
    const one = archived.length === 1;
    throw new AppError(
      'CONFLICT',
      `${namesText(archived.map(words.nameOf))} ${one ? 'is' : 'are'} archived. Leave ${one ? 'it' : 'them'} out of the selection, or restore ${one ? 'it' : 'them'} first; nothing was changed.`,
    );
  }
  return records;
}

/** Writes and audits the records whose values differ from `changes`. */
async function applyToEach<R extends { id: string } & Record<string, unknown>, C extends Record<string, unknown>>(
  context: ServiceContext,
  db: StorageExecutor,
  at: string,
  change: {
    entity: 'organization' | 'member';
    records: readonly R[];
    changes: C;
    write: (db: StorageExecutor, id: string, changes: C, at: string) => Promise<void>;
  },
): Promise<BulkEditResult> {
  let changed = 0;
  for (const record of change.records) {
    const changes = changedFields(record, change.changes);
    if (Object.keys(changes).length === 0) continue;
    await change.write(db, record.id, change.changes, at);
    await writeDirectoryHistory(context, db, at, { entity: change.entity, id: record.id, action: 'updated', changes });
    changed += 1;
  }
  return { changed, unchanged: change.records.length - changed };
}

const definedOnly = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

export function bulkEditOrganizations(context: ServiceContext, input: ChannelParsedInput<'directory.bulkEditOrganizations'>): Promise<BulkEditResult> {
  const { involvement, kind, sector } = input.changes;
  const changes: OrganizationClassification = definedOnly({
    involvement,
    kind,
    sector: sector?.id,
    sectorOtherLabel: sector && (sector.id === 'other' ? sector.otherLabel : ''),
  });
  return inTransaction(context, async (trx, at) => {
    const found = (await findOrganizationsByIds(trx, input.organizationIds)).map(toOrganization);
    const records = requireEditable<Organization>(input.organizationIds, found, { many: 'organizations', nameOf: (organization) => organization.name });
    return applyToEach(context, trx, at, { entity: 'organization', records, changes, write: updateOrganizationClassification });
  });
}

export function bulkEditMembers(context: ServiceContext, input: ChannelParsedInput<'directory.bulkEditMembers'>): Promise<BulkEditResult> {
  const changes: MemberStanding = definedOnly(input.changes);
  return inTransaction(context, async (trx, at) => {
    const found = (await findMembersByIds(trx, input.memberIds)).map(toMember);
    const records = requireEditable<Member>(input.memberIds, found, { many: 'members', nameOf: (member) => member.shownName });
    if (changes.protectedIdentity) assertDisplayNames(records);
    return applyToEach(context, trx, at, { entity: 'member', records, changes, write: updateMemberStanding });
  });
}

/** A protected member is known in lists by a display name only, so each one needs one before protection. */
function assertDisplayNames(members: readonly Member[]): void {
  const without = members.filter((member) => !member.protectedIdentity && member.displayName === '');
  if (without.length === 0) return;
  const one = without.length === 1;
  const message = `${namesText(without.map((member) => member.shownName))} ${one ? 'has' : 'have'} no display name. A protected member is known by a display name only: give ${one ? 'them one' : 'each one'} first, or leave them out of the selection; nothing was changed.`;
  throw new AppError('VALIDATION', message, { fieldErrors: { protectedIdentity: [message] } });
}
