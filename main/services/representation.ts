import type { Member } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { archiveState } from '../db/archiving';
import { findActivePrimary } from '../db/memberRepository';
import type { Db } from '../db/openDatabase';
import { findOrganization } from '../db/organizationRepository';

type Representation = Pick<Member, 'id' | 'organizationId' | 'representativeRole'>;

/** A member joins an organization that exists and is active; keeping one that was archived since is fine. */
export function assertOrganizationAvailable(db: Db, organizationId: string | null, currentOrganizationId: string | null): void {
  if (organizationId === null || organizationId === currentOrganizationId) return;
  const state = archiveState(db, 'organizations', organizationId);
  if (state && !state.archived) return;
  const message = state ? 'That organization is archived. Restore it first, or choose another.' : 'That organization does not exist.';
  throw new AppError('VALIDATION', message, { fieldErrors: { organizationId: [message] } });
}

/** An organization has at most one active primary representative. */
export function assertSinglePrimary(db: Db, member: Representation): void {
  if (member.representativeRole !== 'primary' || member.organizationId === null) return;
  const current = findActivePrimary(db, member.organizationId, member.id);
  if (!current) return;
  const organizationName = findOrganization(db, member.organizationId)?.name ?? 'this organization';
  const message = `${current.shownName} is already the primary representative of ${organizationName}. Make them an alternate first.`;
  throw new AppError('CONFLICT', message, { fieldErrors: { representativeRole: [message] } });
}
