import { AppError } from '../../shared/errors';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { findActiveMemberByEmail, revealMemberIdentity } from '../db/memberStore';

/**
 * A member's email is their own, capitals aside: "Ana@x.org" and "ana@x.org" are one address. The unique index
 * members_email_unique (migration 0140) holds the rule on both engines whatever happens; this check says who has it.
 */
export async function requireUniqueEmail(db: StorageExecutor, member: { id: string; email: string | null }): Promise<void> {
  const email = member.email?.trim() ?? '';
  if (email === '') return;
  const holder = await findActiveMemberByEmail(db, email, member.id);
  if (!holder) return;
  const message = `${holder.shownName} already has the email ${email} (capitals aside). Open their record instead of adding them again, or give this member their own email.`;
  throw new AppError('CONFLICT', message, { fieldErrors: { email: [message] } });
}

/** Before an archived member comes back: their stored email (hidden or not) must not belong to an active member now. */
export async function requireEmailFreeToRestore(db: StorageExecutor, id: string): Promise<void> {
  const identity = await revealMemberIdentity(db, id);
  if (identity) await requireUniqueEmail(db, identity);
}
