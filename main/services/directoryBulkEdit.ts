import type { ChannelOutput, ChannelParsedInput, Member, Organization } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { type MemberStanding, findMember, updateMemberStanding } from '../db/memberRepository';
import type { Db } from '../db/openDatabase';
import { type OrganizationClassification, findOrganization, updateOrganizationClassification } from '../db/organizationRepository';
import { auditDirectoryChange, changedFields } from './directoryAudit';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction } from './workspaceTransaction';

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
function requireEditable<R extends { archivedAt: string | null }>(ids: readonly string[], find: (id: string) => R | undefined, words: { many: string; nameOf: (record: R) => string }): R[] {
  const found = [...new Set(ids)].map(find);
  const missing = found.filter((record) => record === undefined).length;
  if (missing > 0) {
    const which = missing === 1 ? `One of the chosen ${words.many} no longer exists` : `${missing} of the chosen ${words.many} no longer exist`;
    throw new AppError('NOT_FOUND', `${which}. Reload the list and try again; nothing was changed.`);
  }
  const records = found as R[];
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
function applyToEach<R extends { id: string } & Record<string, unknown>, C extends Record<string, unknown>>(
  context: ServiceContext,
  db: Db,
  at: string,
  change: { entity: 'organization' | 'member'; records: readonly R[]; changes: C; write: (db: Db, id: string, changes: C, at: string) => void },
): BulkEditResult {
  let changed = 0;
  for (const record of change.records) {
    const changes = changedFields(record, change.changes);
    if (Object.keys(changes).length === 0) continue;
    change.write(db, record.id, change.changes, at);
    auditDirectoryChange(context, db, at, { entity: change.entity, id: record.id, action: 'updated', changes });
    changed += 1;
  }
  return { changed, unchanged: change.records.length - changed };
}

const definedOnly = <T extends Record<string, unknown>>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

export function bulkEditOrganizations(context: ServiceContext, input: ChannelParsedInput<'directory.bulkEditOrganizations'>): BulkEditResult {
  const { involvement, kind, sector } = input.changes;
  const changes: OrganizationClassification = definedOnly({ involvement, kind, sector: sector?.id, sectorOtherLabel: sector && (sector.id === 'other' ? sector.otherLabel : '') });
  return inWorkspaceTransaction(context, (db, at) => {
    const records = requireEditable<Organization>(input.organizationIds, (id) => findOrganization(db, id), { many: 'organizations', nameOf: (organization) => organization.name });
    return applyToEach(context, db, at, { entity: 'organization', records, changes, write: updateOrganizationClassification });
  });
}

export function bulkEditMembers(context: ServiceContext, input: ChannelParsedInput<'directory.bulkEditMembers'>): BulkEditResult {
  const changes: MemberStanding = definedOnly(input.changes);
  return inWorkspaceTransaction(context, (db, at) => {
    const records = requireEditable<Member>(input.memberIds, (id) => findMember(db, id), { many: 'members', nameOf: (member) => member.shownName });
    if (changes.protectedIdentity) assertDisplayNames(records);
    return applyToEach(context, db, at, { entity: 'member', records, changes, write: updateMemberStanding });
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
