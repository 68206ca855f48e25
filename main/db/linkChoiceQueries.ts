import { sql } from 'kysely';
import type { StorageExecutor } from './engine/storageEngine';

/** How many records a link picker offers for what was typed. */
export const LINK_CHOICES = 20;

/** Words a person types to find what to link: a LIKE pattern with the wildcards they typed taken literally. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export const columnContains = (column: string, text: string) => sql<boolean>`lower(${sql.ref(column)}) LIKE ${containsPattern(text)} ESCAPE '\\'`;

/** Action items whose title holds the words, newest first; the caller leaves out those already linked. */
export function actionItemsTitled(db: StorageExecutor, text: string) {
  return db
    .selectFrom('action_items as a')
    .select(['a.id', 'a.title', 'a.status', 'a.due_on as dueOn'])
    .where(columnContains('a.title', text))
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .limit(LINK_CHOICES);
}

/** Meetings (not cancelled) whose title holds the words, latest first; the caller leaves out those already linked. */
export function meetingsTitled(db: StorageExecutor, text: string) {
  return db
    .selectFrom('meetings as m')
    .select(['m.id', 'm.title', 'm.starts_at as startsAt', 'm.status'])
    .where(columnContains('m.title', text))
    .where('m.status', '!=', 'cancelled')
    .orderBy('m.starts_at_utc', 'desc')
    .orderBy('m.id')
    .limit(LINK_CHOICES);
}
