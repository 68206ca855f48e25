import { type DutyId, dutyIds } from '../../shared/childWelfareDuties';
import type { StorageExecutor } from './engine/storageEngine';
import { actionItemsTitled, meetingsTitled } from './linkChoiceQueries';

/** Evidence linked to a duty of P.L. 113-183: a training (from its form), a meeting or an action item (by hand). */
export type DutySubjectKind = 'training' | 'meeting' | 'action-item';

const inDutyOrder = (list: readonly DutyId[]) => [...list].sort((a, b) => dutyIds.indexOf(a) - dutyIds.indexOf(b));

export async function replaceDutyLinks(db: StorageExecutor, kind: DutySubjectKind, subjectId: string, duties: readonly DutyId[], at: string): Promise<void> {
  await db.deleteFrom('duty_links').where('subject_kind', '=', kind).where('subject_id', '=', subjectId).execute();
  const distinct = [...new Set(duties)];
  if (distinct.length > 0)
    await db
      .insertInto('duty_links')
      .values(distinct.map((duty) => ({ duty, subject_kind: kind, subject_id: subjectId, created_at: at })))
      .execute();
}

/** Adds one link; true when it was not there yet. */
export async function addDutyLink(db: StorageExecutor, duty: DutyId, kind: DutySubjectKind, subjectId: string, at: string): Promise<boolean> {
  const existing = await db
    .selectFrom('duty_links')
    .select('duty')
    .where('duty', '=', duty)
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  if (existing) return false;
  await db.insertInto('duty_links').values({ duty, subject_kind: kind, subject_id: subjectId, created_at: at }).execute();
  return true;
}

/** Removes one link; true when there was one. */
export async function removeDutyLink(db: StorageExecutor, duty: DutyId, kind: DutySubjectKind, subjectId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('duty_links')
    .where('duty', '=', duty)
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The duties each subject of a kind serves (one subject when `subjectId` is given), in the law's order. */
export async function linkedDuties(db: StorageExecutor, kind: DutySubjectKind, subjectId?: string): Promise<Map<string, DutyId[]>> {
  const rows = await db
    .selectFrom('duty_links')
    .select(['subject_id as subjectId', 'duty'])
    .where('subject_kind', '=', kind)
    .$if(subjectId !== undefined, (query) => query.where('subject_id', '=', subjectId ?? ''))
    .execute();
  const bySubject = new Map<string, DutyId[]>();
  for (const row of rows) bySubject.set(row.subjectId, [...(bySubject.get(row.subjectId) ?? []), row.duty as DutyId]);
  for (const [key, list] of bySubject) bySubject.set(key, inDutyOrder(list));
  return bySubject;
}

/** Meetings whose title holds the words and that are not linked to the duty yet, for its "Link a meeting" picker. */
export function meetingChoices(db: StorageExecutor, duty: DutyId, text: string) {
  return meetingsTitled(db, text)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('duty_links as l')
            .select('l.duty')
            .where('l.duty', '=', duty)
            .where('l.subject_kind', '=', 'meeting')
            .whereRef('l.subject_id', '=', 'm.id'),
        ),
      ),
    )
    .execute();
}

/** Action items whose title holds the words and that are not linked to the duty yet. */
export function actionItemChoices(db: StorageExecutor, duty: DutyId, text: string) {
  return actionItemsTitled(db, text)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('duty_links as l')
            .select('l.duty')
            .where('l.duty', '=', duty)
            .where('l.subject_kind', '=', 'action-item')
            .whereRef('l.subject_id', '=', 'a.id'),
        ),
      ),
    )
    .execute();
}
