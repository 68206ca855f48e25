import { actionItemsCoalition } from './meetingRows';

/** Today is Wednesday 2026-03-04 in Los Angeles: this week runs 03-02 to 03-08, "due soon" to 03-11. */
export async function coalitionWithItems() {
  const coalition = await actionItemsCoalition();
  const { t, members, meetingId } = coalition;
  const { rosa, ben, advisor } = members;
  const add = async (title: string, ownerId: string | null, dueOn: string | null, status: 'open' | 'in-progress' | 'blocked' | 'done' | 'cancelled', extra: Record<string, unknown> = {}) => {
    t.clock.advance(1000);
    return (await t.call('actions.create', { title, ownerId, dueOn, status, ...extra })).id;
  };
  const ids = {
    overdueReport: await add('Overdue report', rosa.id, '2026-03-01', 'open', { priority: 'high' }),
    doneLate: await add('Done late', rosa.id, '2026-02-20', 'done'),
    thisWeek: await add('Screening form', ben.id, '2026-03-06', 'in-progress', { sourceMeetingId: meetingId }),
    nextWeek: await add('Training dates', ben.id, '2026-03-10', 'blocked', { priority: 'low' }),
    far: await add('Youth panel', advisor.id, '2026-04-30', 'open', { details: 'Plan 100% of the sessions' }),
    unowned: await add('Find a venue', null, null, 'open'),
    cancelled: await add('Old survey', rosa.id, '2026-03-02', 'cancelled'),
    earlierThisWeek: await add('Shelter beds report', advisor.id, '2026-03-03', 'open', { sourceMeetingId: meetingId }),
  };
  return { ...coalition, ids };
}
