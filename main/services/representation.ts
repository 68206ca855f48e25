import type { Member } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { findActivePrimary } from '../db/memberStore';
import { findOrganization, organizationArchiveState } from '../db/organizationStore';

type Representation = Pick<Member, 'id' | 'organizationId' | 'representativeRole'>;

/** A member joins an organization that exists and is active; keeping one that was archived since is fine. */
export async function requireOrganizationAvailable(db: StorageExecutor, organizationId: string | null, currentOrganizationId: string | null): Promise<void> {
  if (organizationId === null || organizationId === currentOrganizationId) return;
  refuseUnavailableOrganization(await organizationArchiveState(db, organizationId));
}

/**
 * An organization has at most one active primary representative. The partial unique index members_one_active_primary
 * holds the rule on both engines whatever happens; this check says who holds the place, in words.
 */
export async function requireSinglePrimary(db: StorageExecutor, member: Representation): Promise<void> {
  if (member.representativeRole !== 'primary' || member.organizationId === null) return;
  const current = await findActivePrimary(db, member.organizationId, member.id);
  if (!current) return;
  throw primaryTaken(current.shownName, (await findOrganization(db, member.organizationId))?.name);
}

function refuseUnavailableOrganization(state: { archived: boolean } | undefined): void {
  if (state && !state.archived) return;
  const message = state ? 'That organization is archived. Restore it first, or choose another.' : 'That organization does not exist.';
  throw new AppError('VALIDATION', message, { fieldErrors: { organizationId: [message] } });
}

function primaryTaken(shownName: string, organizationName: string | undefined): AppError {
  const message = `${shownName} is already the primary representative of ${organizationName ?? 'this organization'}. Make them an alternate first.`;
  return new AppError('CONFLICT', message, { fieldErrors: { representativeRole: [message] } });
}
