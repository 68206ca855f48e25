import { expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { addDeskActionItem, setDeskActionStatus } from './support/deskActionItems';
import { archiveDeskMember } from './support/deskDirectory';
import { deskRoster } from './support/deskRoster';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { meetingInput } from './support/meetingInputs';

const unknownId = '01900000-0000-7000-8000-000000000000';

/** Wednesday 2026-03-04 in Los Angeles. */
async function planDesk(subject: DeskUnderTest) {
  const { t } = subject;
  t.clock.now = new Date('2026-03-04T17:00:00Z');
  await t.call('preferences.setTimeZone', { timeZone: 'America/Los_Angeles' });
  const goal = await t.call('plan.createGoal', { title: 'Every youth missing from care is looked for the same day', description: 'Locate and serve' });
  const objective = (overrides: Partial<ChannelInput<'plan.createObjective'>> = {}) =>
    t.call('plan.createObjective', { goalId: goal.id, title: 'Screen every youth entering care', ...overrides });
  return { t, goal, objective };
}

describeEachDesk('the plan: mission, goals and objectives', (subject) => {
  it('keeps a mission, goals in the order chosen, and objectives under them, with history', async () => {
    const { t, goal, objective } = await planDesk(subject);
    await t.call('plan.setMission', { statement: 'No youth in our county is trafficked unseen.' });
    const second = await t.call('plan.createGoal', { title: 'Partners trained' });
    const first = await objective({ measure: 'Youth screened within 24 hours', baseline: 40, target: 95, targetDate: '2026-12-31' });
    await objective({ title: 'Second objective' });
    await t.call('plan.reorderGoals', { ids: [second.id, goal.id] });
    const plan = await t.call('plan.get', {});
    expect(plan.mission.statement).toBe('No youth in our county is trafficked unseen.');
    expect(plan.today).toBe('2026-03-04');
    expect(plan.goals.map((g) => g.title)).toEqual(['Partners trained', goal.title]);
    expect(plan.goals[1]?.objectives.map((o) => o.title)).toEqual(['Screen every youth entering care', 'Second objective']);
    expect(plan.goals[1]?.objectives[0]).toMatchObject({
      id: first.id,
      measure: 'Youth screened within 24 hours',
      baseline: 40,
      target: 95,
      targetDate: '2026-12-31',
      status: 'on-track',
      progressMode: 'manual',
      overdue: false,
    });
    expect(await t.fail('plan.reorderGoals', { ids: [goal.id] })).toMatchObject({ code: 'CONFLICT' });
  });

  it('keeps fractional figures exactly on both engines', async () => {
    const { objective } = await planDesk(subject);
    expect(await objective({ baseline: 12.34, target: 1234567.89 })).toMatchObject({ baseline: 12.34, target: 1234567.89 });
  });
});

describeEachDesk('the plan: who owns an objective', (subject) => {
  it('takes an active member or workgroup, refuses unknown and archived ones, and changes nothing when it refuses', async () => {
    const { t, objective } = await planDesk(subject);
    const { members } = await deskRoster(subject);
    const workgroup = await t.call('workgroups.create', { name: 'Training committee' });
    const owned = await objective({ owner: { kind: 'member', id: members.advisor.id } });
    expect(owned.owner).toEqual({ kind: 'member', id: members.advisor.id, name: 'Youth Advisor J', archived: false });
    expect((await objective({ owner: { kind: 'workgroup', id: workgroup.id } })).owner).toMatchObject({ kind: 'workgroup', name: 'Training committee' });
    const before = await t.call('plan.get', {});

    expect(await t.fail('plan.createObjective', { goalId: before.goals[0]?.id, title: 'X', owner: { kind: 'member', id: unknownId } })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { owner: ['That person is not in the roster.'] },
    });
    await archiveDeskMember(subject, members.cy.id);
    expect(await t.fail('plan.createObjective', { goalId: before.goals[0]?.id, title: 'X', owner: { kind: 'member', id: members.cy.id } })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { owner: [expect.stringContaining('archived')] },
    });
    await t.call('workgroups.archive', { id: workgroup.id });
    expect(await t.fail('plan.createObjective', { goalId: before.goals[0]?.id, title: 'X', owner: { kind: 'workgroup', id: workgroup.id } })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { owner: [expect.stringContaining('archived')] },
    });
    expect(await t.fail('plan.createObjective', { goalId: before.goals[0]?.id, title: 'X', owner: { kind: 'agency', id: workgroup.id } })).toMatchObject({
      code: 'VALIDATION',
    });
    expect((await t.call('plan.get', {})).goals[0]?.objectives).toHaveLength(2);

    // An owner the objective already had may stay after being archived; a new one must be active.
    await archiveDeskMember(subject, members.advisor.id);
    const kept = await t.call('plan.updateObjective', {
      id: owned.id,
      goalId: owned.goalId,
      title: 'Renamed',
      owner: { kind: 'member', id: members.advisor.id },
    });
    expect(kept.owner).toMatchObject({ id: members.advisor.id, archived: true });
  });
});

describeEachDesk('the plan: status and dated progress updates', (subject) => {
  it('moves an active objective anywhere, reopens a done one, and refuses done to dropped and dropped to done', async () => {
    const { t, objective } = await planDesk(subject);
    const made = await objective();
    const update = (status: ChannelInput<'plan.updateObjective'>['status']) => ({ id: made.id, goalId: made.goalId, title: made.title, status });
    await t.call('plan.updateObjective', update('at-risk'));
    await t.call('plan.updateObjective', update('done'));
    expect(await t.fail('plan.updateObjective', update('dropped'))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { status: [expect.stringContaining('Reopen it first')] },
    });
    await t.call('plan.updateObjective', update('off-track'));
    await t.call('plan.updateObjective', update('dropped'));
    expect(await t.fail('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-03-04', status: 'done' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { status: [expect.stringContaining('Take it up again')] },
    });
    expect((await t.call('plan.getObjective', { id: made.id })).updates).toEqual([]);
    const revived = await t.call('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-03-04', status: 'on-track', note: 'Funded again' });
    expect(revived.objective.status).toBe('on-track');
  });

  it('records dated updates, newest first, and only the newest one sets the status', async () => {
    const { t, objective } = await planDesk(subject);
    const { members } = await deskRoster(subject);
    const made = await objective({ baseline: 10, target: 30 });
    await t.call('plan.recordProgress', {
      objectiveId: made.id,
      recordedOn: '2026-03-01',
      value: 20,
      status: 'at-risk',
      note: 'Half way',
      recordedById: members.advisor.id,
    });
    const detail = await t.call('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-02-01', value: 15, status: 'on-track' });
    expect(detail.objective.status).toBe('at-risk');
    expect(detail.updates.map((u) => [u.recordedOn, u.value, u.status])).toEqual([
      ['2026-03-01', 20, 'at-risk'],
      ['2026-02-01', 15, 'on-track'],
    ]);
    expect(detail.updates[0]?.recordedBy).toEqual({ id: members.advisor.id, shownName: 'Youth Advisor J' });
    expect(detail.objective.progress).toMatchObject({ share: 0.5, latestValue: 20, latestOn: '2026-03-01' });
  });

  it('refuses an update dated after today, by an unknown person, or for a deleted objective, and records nothing', async () => {
    const { t, objective } = await planDesk(subject);
    const made = await objective();
    expect(await t.fail('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-03-05', status: 'on-track' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { recordedOn: ['An update cannot be dated after today.'] },
    });
    expect(await t.fail('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-03-04', status: 'on-track', recordedById: unknownId })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { recordedById: [expect.any(String)] },
    });
    expect(await t.fail('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-02-30', status: 'on-track' })).toMatchObject({ code: 'VALIDATION' });
    expect((await t.call('plan.getObjective', { id: made.id })).updates).toEqual([]);
    await t.call('plan.deleteObjective', { id: made.id });
    expect((await t.fail('plan.recordProgress', { objectiveId: made.id, recordedOn: '2026-03-04', status: 'on-track' })).code).toBe('NOT_FOUND');
  });
});

describeEachDesk('the plan: progress', (subject) => {
  it('by hand: where the newest value stands between baseline and target, counting down too, within 0 and 100%', async () => {
    const { t, objective } = await planDesk(subject);
    const up = await objective({ baseline: 10, target: 30 });
    const down = await objective({ title: 'Fewer youth missing', baseline: 50, target: 10 });
    const noTarget = await objective({ title: 'No target' });
    const record = (id: string, value: number) => t.call('plan.recordProgress', { objectiveId: id, recordedOn: '2026-03-04', value, status: 'on-track' });
    expect((await record(up.id, 25)).objective.progress.share).toBe(0.75);
    expect((await record(up.id, 45)).objective.progress.share).toBe(1);
    expect((await record(down.id, 40)).objective.progress.share).toBe(0.25);
    expect((await record(down.id, 70)).objective.progress.share).toBe(0);
    expect((await record(noTarget.id, 5)).objective.progress.share).toBeNull();
  });

  it('following linked action items: the share done, cancelled ones not counted, as the items change', async () => {
    const { t, objective } = await planDesk(subject);
    const made = await objective({ progressMode: 'linked-actions' });
    expect(made.progress.share).toBeNull();
    const items = [
      await addDeskActionItem(subject, 'Draft the screening form', 'done'),
      await addDeskActionItem(subject, 'Train intake staff'),
      await addDeskActionItem(subject, 'Old survey', 'cancelled'),
      await addDeskActionItem(subject, 'Pilot in one office'),
    ];
    for (const item of items) await t.call('plan.link', { objectiveId: made.id, kind: 'action-item', targetId: item.id });
    const share = async () => (await t.call('plan.get', {})).goals[0]?.objectives[0]?.progress;
    expect(await share()).toMatchObject({ linkedDone: 1, linkedCounted: 3 });
    await setDeskActionStatus(subject, items[1]?.id ?? '', 'done');
    expect(await share()).toMatchObject({ share: 2 / 3, linkedDone: 2, linkedCounted: 3 });
    await t.call('plan.unlink', { objectiveId: made.id, kind: 'action-item', targetId: items[3]?.id ?? '' });
    expect(await share()).toMatchObject({ share: 1, linkedDone: 2, linkedCounted: 2 });
  });

  it('says an objective is overdue when it is still active after its target date, in the coalition’s time zone', async () => {
    const { t, objective } = await planDesk(subject);
    // 2026-03-04 17:00 UTC is still the 4th in Los Angeles, already the 5th in Auckland.
    const dueYesterday = await objective({ targetDate: '2026-03-03' });
    const dueToday = await objective({ title: 'Due today', targetDate: '2026-03-04' });
    const doneLate = await objective({ title: 'Done late', targetDate: '2026-03-01', status: 'done' });
    expect([dueYesterday.overdue, dueToday.overdue, doneLate.overdue]).toEqual([true, false, false]);
    expect(doneLate.progress.share).toBe(1);
    await t.call('preferences.setTimeZone', { timeZone: 'Pacific/Auckland' });
    const plan = await t.call('plan.get', {});
    expect(plan.today).toBe('2026-03-05');
    expect(plan.goals[0]?.objectives.map((o) => o.overdue)).toEqual([true, true, false]);
  });
});

describeEachDesk('the plan: deleting and undoing', (subject) => {
  it('refuses to delete a goal with objectives unless they go with it; undo brings back exactly those', async () => {
    const { t, goal, objective } = await planDesk(subject);
    const earlier = await objective({ title: 'Deleted on its own earlier' });
    await t.call('plan.deleteObjective', { id: earlier.id });
    await objective({ title: 'Stays with the goal' });
    expect(await t.fail('plan.deleteGoal', { id: goal.id })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('one objective') });
    expect((await t.call('plan.get', {})).goals).toHaveLength(1);
    await t.call('plan.deleteGoal', { id: goal.id, withObjectives: true });
    expect((await t.call('plan.get', {})).goals).toEqual([]);
    expect(await t.fail('plan.restoreObjective', { id: earlier.id })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Restore the goal first'),
    });
    const restored = await t.call('plan.restoreGoal', { id: goal.id });
    expect(restored.objectives.map((o) => o.title)).toEqual(['Stays with the goal']);
    expect((await t.call('plan.restoreObjective', { id: earlier.id })).title).toBe('Deleted on its own earlier');
    expect((await t.fail('plan.deleteGoal', { id: unknownId })).code).toBe('NOT_FOUND');
  });

  it('a deleted objective no longer shows on what it served, and comes back with its links', async () => {
    const { t, objective } = await planDesk(subject);
    const made = await objective();
    const item = await addDeskActionItem(subject, 'Print posters');
    await t.call('plan.link', { objectiveId: made.id, kind: 'action-item', targetId: item.id });
    await t.call('plan.deleteObjective', { id: made.id });
    expect(await t.call('plan.objectivesFor', { kind: 'action-item', id: item.id })).toEqual([]);
    await t.call('plan.restoreObjective', { id: made.id });
    expect(await t.call('plan.objectivesFor', { kind: 'action-item', id: item.id })).toHaveLength(1);
  });
});

describeEachDesk('the plan: links to action items and decisions', (subject) => {
  it('links both kinds, shows each on the objective and the objective on each, once; a removed decision takes its link', async () => {
    const { t, goal, objective } = await planDesk(subject);
    const made = await objective();
    const item = await addDeskActionItem(subject, 'Draft the screening form');
    const meeting = await t.call('meetings.create', meetingInput({ title: 'March coalition meeting' }));
    await t.call('meetings.start', { id: meeting.id });
    const decision = await t.call('decisions.record', { meetingId: meeting.id, text: 'Adopt the screening form county-wide.', outcome: 'consensus' });
    expect((await t.call('plan.linkChoices', { objectiveId: made.id, kind: 'decision', text: 'SCREENING' })).map((c) => c.id)).toEqual([decision.id]);
    // The choice names its meeting's day in the date style chosen in Settings (medium: "Mar 12, 2026"), not as an ISO date.
    expect((await t.call('plan.linkChoices', { objectiveId: made.id, kind: 'decision', text: 'SCREENING' }))[0]?.detail).toMatch(
      /^March coalition meeting, [A-Z][a-z]{2} \d{1,2}, \d{4}$/,
    );
    await t.call('plan.link', { objectiveId: made.id, kind: 'action-item', targetId: item.id });
    await t.call('plan.link', { objectiveId: made.id, kind: 'action-item', targetId: item.id });
    const detail = await t.call('plan.link', { objectiveId: made.id, kind: 'decision', targetId: decision.id });
    expect(detail.actionItems.map((a) => a.title)).toEqual(['Draft the screening form']);
    expect(detail.decisions).toEqual([expect.objectContaining({ id: decision.id, meetingTitle: 'March coalition meeting' })]);
    expect(detail.objective).toMatchObject({ linkedActionItems: 1, linkedDecisions: 1 });
    expect(await t.call('plan.linkChoices', { objectiveId: made.id, kind: 'action-item', text: '' })).toEqual([]);
    const served = [{ id: made.id, title: made.title, goalTitle: goal.title, status: 'on-track' }];
    expect(await t.call('plan.objectivesFor', { kind: 'action-item', id: item.id })).toEqual(served);
    expect(await t.call('plan.objectivesFor', { kind: 'decision', id: decision.id })).toEqual(served);

    await t.call('decisions.remove', { id: decision.id });
    expect((await t.call('plan.getObjective', { id: made.id })).decisions).toEqual([]);
    expect(await t.fail('plan.link', { objectiveId: made.id, kind: 'decision', targetId: decision.id })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { targetId: ['That decision no longer exists.'] },
    });
  });

  it('a wildcard typed in the search is taken literally', async () => {
    const { t, objective } = await planDesk(subject);
    const made = await objective();
    await addDeskActionItem(subject, 'Reach 100% of hotels');
    await addDeskActionItem(subject, 'Reach 100 hotels');
    expect((await t.call('plan.linkChoices', { objectiveId: made.id, kind: 'action-item', text: '100%' })).map((c) => c.label)).toEqual([
      'Reach 100% of hotels',
    ]);
  });
});

describeEachDesk('the plan: bad input changes nothing', (subject) => {
  it('refuses empty titles, unknown goals, numbers that are not numbers, and unknown fields', async () => {
    const { t, goal } = await planDesk(subject);
    const before = await t.call('plan.get', {});
    expect(await t.fail('plan.createGoal', { title: '   ' })).toMatchObject({ code: 'VALIDATION', fieldErrors: { title: ['Title is required.'] } });
    expect(await t.fail('plan.createObjective', { goalId: unknownId, title: 'X' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { goalId: [expect.stringContaining('no longer in the plan')] },
    });
    expect(await t.fail('plan.createObjective', { goalId: goal.id, title: 'X', target: '40' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { target: ['Target must be a number.'] },
    });
    expect(await t.fail('plan.createObjective', { goalId: goal.id, title: 'X', target: 1e13 })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { target: ['Target is too large.'] },
    });
    expect(await t.fail('plan.createObjective', { goalId: goal.id, title: 'X', status: 'paused' })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('plan.createGoal', { title: 'X', colour: 'red' })).toMatchObject({ code: 'VALIDATION' });
    expect(await t.fail('plan.updateGoal', { id: unknownId, title: 'X' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.call('plan.get', {})).toEqual(before);
  });
});
