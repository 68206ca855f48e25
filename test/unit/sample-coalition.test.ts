import { describe, expect, it } from 'vitest';
import { actionStatuses } from '../../shared/contract';
import { DateTime } from 'luxon';
import { seriesDates } from '../../main/meetings/recurrence';
import { addDays } from '../../main/services/actionItemsDueDates';
import { sampleCalendar } from '../../main/sample/sampleCalendar';
import { PASSPHRASE, type TestDesk, testDesk } from './support/testDesk';

async function sampleDesk(): Promise<TestDesk> {
  const t = testDesk();
  await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
  return t;
}

async function sampleSeries(t: TestDesk) {
  const meetings = await t.call('meetings.list', {});
  return meetings.filter((meeting) => meeting.title === 'Coalition monthly meeting').sort((a, b) => (a.seriesIndex ?? 0) - (b.seriesIndex ?? 0));
}

describe('the sample coalition', () => {
  it('plans its series so that, whatever today is, the twelfth meeting was a Tuesday 7 to 13 days ago', () => {
    for (let day = 0; day < 366; day += 1) {
      const today = addDays('2027-01-01', day);
      const calendar = sampleCalendar(today);
      const dates = seriesDates(calendar.rule, calendar.firstMonth);
      expect(dates).toHaveLength(13);
      expect(dates[11]).toBe(calendar.latestMeeting);
      expect(DateTime.fromISO(calendar.latestMeeting).weekday).toBe(2);
      expect(calendar.latestMeeting >= addDays(today, -13) && calendar.latestMeeting <= addDays(today, -7)).toBe(true);
      expect(dates[12]! > today).toBe(true);
    }
  });

  it('creates a real encrypted workspace with ~40 organizations, ~90 members, two core gaps and protected advisors', async () => {
    const t = testDesk();
    const { workspace, recoveryCode } = await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    expect(workspace.name).toMatch(/sample/);
    expect(recoveryCode).toMatch(/^[0-9A-Z-]+$/);

    const organizations = await t.call('directory.listOrganizations', {});
    const members = await t.call('directory.listMembers', {});
    expect(organizations.length).toBeGreaterThanOrEqual(38);
    expect(members.length).toBeGreaterThanOrEqual(85);

    const coverage = await t.call('directory.coverage', {});
    const coreGaps = coverage.filter((row) => row.status === 'gap').map((row) => row.sector);
    expect(coreGaps).toEqual(expect.arrayContaining(['labor-employment', 'caregivers']));
    expect(coverage.filter((row) => row.status === 'covered').length).toBeGreaterThanOrEqual(11);

    const advisors = members.filter((member) => member.protectedIdentity);
    expect(advisors).toHaveLength(3);
    expect(advisors.every((member) => member.fullName === null && member.email === null)).toBe(true);
    expect((await t.call('search.global', { query: 'munoz' })).some((hit) => hit.title.includes('Muñoz'))).toBe(true);

    const plan = await t.call('plan.get', {});
    const objectives = plan.goals.flatMap((goal) => goal.objectives);
    expect([plan.goals.length, objectives.length]).toEqual([3, 10]);
    const following = objectives.filter((objective) => objective.progressMode === 'figures');
    expect(following.map((objective) => [objective.figures?.measureName, objective.figures?.span])).toEqual([
      ['Youth identified as sex trafficking victims', 'latest-period'],
      ['Returns screened for sex trafficking', 'year'],
    ]);
    expect(following.every((objective) => objective.progress.share !== null && (objective.figures?.value ?? 0) > 10)).toBe(true);
    expect(new Set(objectives.map((objective) => objective.status))).toEqual(new Set(['on-track', 'at-risk', 'off-track', 'done', 'dropped']));
    expect(objectives.some((objective) => objective.overdue)).toBe(true);
    expect(objectives.filter((objective) => objective.linkedActionItems > 0 || objective.linkedDecisions > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps five protocols and agreements in different states, each version with its PDF, and a year of trainings and outreach', async () => {
    const t = await sampleDesk();
    const register = await t.call('protocols.list', {});
    expect(register).toHaveLength(5);
    const byTitle = new Map(register.map((protocol) => [protocol.title, protocol]));
    expect(byTitle.get('Hotel partnership MOU')?.state).toBe('draft');
    expect(byTitle.get('Information-sharing agreement')?.state).toBe('in-review');
    expect(byTitle.get('Missing from care response protocol')).toMatchObject({ state: 'adopted', review: 'later', unsignedParties: [] });
    expect(byTitle.get('Screening and referral protocol')).toMatchObject({ review: 'due', unsignedParties: [expect.objectContaining({ status: 'pending' })] });
    const charter = await t.call('protocols.get', { id: byTitle.get('Coalition charter')?.id ?? '' });
    expect(charter.versions.map((version) => [version.label, version.state])).toEqual([
      ['2026', 'adopted'],
      ['2024', 'superseded'],
    ]);
    const documents = await t.call('documents.list', {});
    expect(documents).toHaveLength(6);
    expect(documents.every((document) => document.kind === 'pdf' && document.links[0]?.subjectKind === 'protocol_version')).toBe(true);
    const pdf = Buffer.from((await t.call('documents.readChunk', { id: documents[0]!.id, index: 0 })).contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    const trainings = await t.call('trainings.list', {});
    expect(trainings.length).toBeGreaterThanOrEqual(8);
    expect(trainings.find((training) => training.numberTrained === 40 && training.audienceSectors.includes('businesses-at-risk'))).toMatchObject({
      acknowledgmentCount: 40,
    });
    expect(new Set(trainings.map((training) => training.heldOn.slice(0, 7))).size).toBeGreaterThanOrEqual(8);
    expect((await t.call('outreach.list', {})).length).toBe(5);
    const duties = await t.call('duties.checklist', {});
    expect(duties.duties.find((duty) => duty.id === 'locate-missing')?.status).toBe('met');
    expect(duties.duties.find((duty) => duty.id === 'learn-why-left')).toMatchObject({
      status: 'missing',
      reason: 'Missing: no adopted protocol serves this duty; work toward it: 1 training',
    });
  });

  it('is refused, changing nothing, when a sample workspace already exists there', async () => {
    const t = testDesk();
    await t.call('workspace.createSample', { passphrase: PASSPHRASE, location: null });
    await t.call('workspace.lock', {});
    expect((await t.fail('workspace.createSample', { passphrase: PASSPHRASE, location: null })).code).toBe('CONFLICT');
    expect((await t.call('app.status', {})).recent).toHaveLength(1);
  });

  it('holds a year of monthly meetings on the Nth Tuesday up to last week: minutes approved at the next meeting, the latest in draft, the next one planned', async () => {
    const t = await sampleDesk();
    const series = await sampleSeries(t);
    expect(series).toHaveLength(13);
    expect(new Set(series.map((meeting) => meeting.seriesId)).size).toBe(1);
    expect(series.map((meeting) => meeting.status)).toEqual([...Array<string>(11).fill('approved'), 'minutes-draft', 'planned']);
    const latest = series[11]!;
    const next = series[12]!;
    expect(latest.startsAt).toBe(`${sampleCalendar('2026-03-01').latestMeeting}T09:30`);
    expect(latest.startsAt.slice(0, 10) < '2026-03-01' && next.startsAt.slice(0, 10) > '2026-03-01').toBe(true);
    expect(series.every((meeting) => meeting.timeZone === 'America/Los_Angeles' && meeting.facilitatorName !== null)).toBe(true);
    expect(await t.call('preferences.get', {})).toMatchObject({ timeZone: 'America/Los_Angeles', quorumRule: { kind: 'count', count: 12 } });

    const second = await t.call('meetings.get', { id: series[1]!.id });
    expect(series[0]!.approvedOn).toBe(series[1]!.startsAt.slice(0, 10));
    const approval = second.agenda.find((item) => item.role === 'approve-minutes');
    expect(approval).toMatchObject({ approvesMeetingId: series[0]!.id, status: 'done' });
    expect(
      second.decisions.some((decision) => decision.agendaItemId === approval?.id && decision.text.startsWith('Minutes of Coalition monthly meeting')),
    ).toBe(true);

    const planned = await t.call('meetings.get', { id: next.id });
    expect(planned.agenda.map((item) => item.title)).toEqual([
      expect.stringContaining('Approve minutes of Coalition monthly meeting'),
      'Review open action items',
      'Goals for next year',
      'Welcome and introductions',
      'Partner updates',
    ]);
    expect(planned.agenda[0]!.approvesMeetingId).toBe(latest.id);
    expect(planned.agenda[2]!.carriedOverFrom?.meetingId).toBe(latest.id);
    expect(planned.attendees.length).toBeGreaterThan(10);
    expect(planned.attendees.every((attendee) => attendee.status === 'invited')).toBe(true);

    const templates = await t.call('templates.list', {});
    expect(templates.map((template) => [template.name, template.items.map((item) => item.title)])).toEqual([
      ['Monthly coalition meeting', ['Welcome and introductions', 'Partner updates']],
    ]);
    expect((await t.call('workgroups.list', {})).map((group) => [group.name, group.members.length > 0, group.chair !== null])).toEqual([
      ['Data and evaluation', true, true],
      ['Protocols', true, true],
      ['Training', true, true],
    ]);
  });

  it('records each meeting: mixed attendance with a substitute and a guest, notes (some confidential), a decision with votes, updates at the review', async () => {
    const t = await sampleDesk();
    const details = await Promise.all((await sampleSeries(t)).slice(0, 12).map((meeting) => t.call('meetings.get', { id: meeting.id })));
    for (const detail of details) {
      const statuses = new Set(detail.attendees.map((attendee) => attendee.status));
      expect([...statuses].sort()).toEqual(['absent', 'excused', 'present', 'remote']);
      expect(detail.attendees.filter((attendee) => attendee.guest)).toHaveLength(1);
      expect(detail.attendees.filter((attendee) => attendee.substitute !== null)).toHaveLength(1);
      expect(detail.quorum.met).toBe(true);
      expect(detail.agenda.filter((item) => item.role === 'regular').every((item) => item.notesHtml.startsWith('<p>'))).toBe(true);
      expect(detail.actionItemIds).toHaveLength(2);
    }
    expect(details.flatMap((detail) => detail.decisions)).toHaveLength(12 + 11);
    const charter = details[0]!.decisions[0]!;
    expect(charter).toMatchObject({
      text: 'Adopt the coalition charter with two voting seats for survivor advisors.',
      outcome: 'adopted',
      agendaItemTitle: 'Coalition charter and membership',
    });
    expect(charter.motion).toMatchObject({ votesFor: 14, votesAgainst: 0, votesAbstain: 1 });
    expect(charter.motion?.movedByName).toBeTruthy();

    const confidential = details.flatMap((detail) => detail.agenda.filter((item) => item.notesConfidential).map((item) => item.title));
    expect(confidential).toEqual(['A recent case that prompted the protocol', 'Survivor advisor feedback', 'Missing children reporting timelines']);
    expect(
      details
        .slice(1)
        .every((detail) => detail.actionUpdates.length > 0 || detail.agenda.some((item) => item.role === 'review-actions' && item.status === 'done')),
    ).toBe(true);
    expect(details.flatMap((detail) => detail.actionUpdates.map((update) => update.toStatus))).toEqual(
      expect.arrayContaining(['cancelled', 'blocked', 'in-progress']),
    );
    const carried = details[2]!.agenda.find((item) => item.carriedOverFrom !== null);
    expect(carried).toMatchObject({ title: 'Referral pathway to specialized services', status: 'done' });
  });

  it('leaves action items in every status with their history: overdue, due soon, open, in progress, blocked, done, cancelled', async () => {
    const t = await sampleDesk();
    const { rows, total } = await t.call('actions.query', { limit: 1000 });
    expect(total).toBe(24);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(actionStatuses));
    expect(rows.some((row) => row.overdue)).toBe(true);
    expect(rows.some((row) => row.dueSoon)).toBe(true);
    expect(rows.every((row) => row.ownerName !== null && row.sourceMeetingTitle === 'Coalition monthly meeting' && row.sourceAgendaItemTitle !== null)).toBe(
      true,
    );
    const counts = await t.call('actions.counts', {});
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.dueSoon).toBeGreaterThan(0);

    const done = rows.find((row) => row.title === 'Send the adopted charter to every partner agency')!;
    const history = await t.call('actions.get', { id: done.id });
    expect(history.item.completedOn).toBe(history.updates[0]!.at.slice(0, 10));
    expect(history.updates.map((update) => [update.fromStatus, update.toStatus]).reverse()).toEqual([
      [null, 'open'],
      ['open', 'in-progress'],
      ['in-progress', 'done'],
    ]);
    const blocked = rows.find((row) => row.title === 'Add shelter referrals to the dashboard')!;
    const blockedHistory = await t.call('actions.get', { id: blocked.id });
    expect(blockedHistory.updates[0]).toMatchObject({
      toStatus: 'blocked',
      note: 'Waiting for the shelters to agree on which counts they can share.',
      meetingTitle: 'Coalition monthly meeting',
    });
  });

  it('finds the sample’s decisions through the global search', async () => {
    const t = await sampleDesk();
    const hits = await t.call('search.global', { query: 'runaway response protocol' });
    const decision = hits.find((hit) => hit.kind === 'decision');
    expect(decision?.title).toMatch(/runaway response protocol/i);
    const series = await sampleSeries(t);
    expect(series.some((meeting) => meeting.id === decision?.meetingId)).toBe(true);
  });
});
