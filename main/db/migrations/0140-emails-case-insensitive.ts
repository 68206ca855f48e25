import { schemaStep } from './dialect';

/** What a member's notes say when the upgrade moved their email there (docs/architecture.md, "Member emails"). */
export const MOVED_EMAIL_NOTE = 'Email before the upgrade (an earlier member already had this address): ';

/**
 * Issue 12: a member's email is their own, without regard to capitals: "Ana@x.org" and "ana@x.org" are one address.
 * The unique index covers active members with an email (an archived member's address is free again, as an archived
 * primary representative's place is). A workspace that already holds such duplicates keeps every address: the
 * earliest member (by creation, then id) keeps it, each later one has it moved to the end of their notes (hidden with
 * the rest of a protected identity) and their email emptied, so the index can be built and nothing is lost.
 * `lower` folds ASCII only on SQLite (emails' domains and nearly all local parts), all letters on PostgreSQL.
 */
export const emailsCaseInsensitiveMigration = schemaStep(
  140,
  'emails-case-insensitive',
  () => `
      UPDATE members
      SET notes = CASE WHEN notes = '' THEN '' ELSE notes || '

' END || '${MOVED_EMAIL_NOTE}' || email,
          email = ''
      WHERE email <> '' AND archived_at IS NULL AND EXISTS (
        SELECT 1 FROM members earlier
        WHERE earlier.email <> '' AND earlier.archived_at IS NULL AND lower(earlier.email) = lower(members.email)
          AND (earlier.created_at < members.created_at OR (earlier.created_at = members.created_at AND earlier.id < members.id))
      );
      CREATE UNIQUE INDEX members_email_unique ON members (lower(email)) WHERE email <> '' AND archived_at IS NULL;
    `,
);
