import { expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { trainingCountsByQuarter } from '../../main/db/trainingCountsRepository';
import { addDeskOrganization, archiveDeskOrganization } from './support/deskDirectory';
import { deskAudit } from './support/deskAudit';
import { withDeskEngine } from './support/deskEngine';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { protocolInput } from './support/deskProtocols';
import { meetingInput } from './support/meetingInputs';

const unknownId = '01900000-0000-7000-8000-000000000000';

const hotelTraining = (overrides: Partial<ChannelInput<'trainings.create'>> = {}): ChannelInput<'trainings.create'> => ({
  heldOn: '2026-02-12',
  title: 'Recognizing trafficking at the front desk',
  curriculum: 'Signs, what to do, whom to call',
  audienceSectors: ['businesses-at-risk'],
  audienceDetail: 'Hotel front desk staff',
  numberTrained: 40,
  acknowledgmentsCollected: true,
  acknowledgmentCount: 38,
  duties: ['identify-and-serve'],
  ...overrides,
});

describeEachDesk('trainings are logged with their audience, acknowledgments and duties', (subject) => {
  it('logs, edits and deletes a training, with history', async () => {
    const { t } = subject;
    const trainer = await addDeskOrganization(subject, { name: 'Safe Harbor Youth Services' });
    const created = await t.call('trainings.create', hotelTraining({ trainerOrganizationId: trainer.id, duties: ['report-victims', 'identify-and-serve'] }));
    expect(created).toMatchObject({
      heldOn: '2026-02-12',
      trainerOrganization: { id: trainer.id, name: 'Safe Harbor Youth Services' },
      audienceSectors: ['businesses-at-risk'],
      numberTrained: 40,
      acknowledgmentsCollected: true,
      acknowledgmentCount: 38,
      duties: ['identify-and-serve', 'report-victims'],
    });
    const updated = await t.call('trainings.update', {
      ...hotelTraining({ acknowledgmentsCollected: false, acknowledgmentCount: null, audienceSectors: ['entertainment-recreation', 'businesses-at-risk'] }),
      id: created.id,
    });
    expect(updated).toMatchObject({
      trainerOrganization: null,
      acknowledgmentsCollected: false,
      acknowledgmentCount: null,
      audienceSectors: ['entertainment-recreation', 'businesses-at-risk'],
      duties: ['identify-and-serve'],
    });
    expect(await t.call('trainings.list', {})).toEqual([updated]);
    await t.call('trainings.delete', { id: created.id });
    expect(await t.call('trainings.list', {})).toEqual([]);
    expect((await t.fail('trainings.delete', { id: created.id })).code).toBe('NOT_FOUND');
    const history = (await deskAudit(subject)).filter((entry) => entry.entity === 'training').map((entry) => entry.action);
    expect(history.sort()).toEqual(['created', 'deleted', 'updated']);
  });

  it('refuses a negative or fractional number trained, and more acknowledgments than people trained, changing nothing', async () => {
    const { t } = subject;
    const kept = await t.call('trainings.create', hotelTraining());
    const refusals = [
      [hotelTraining({ numberTrained: -1 }), 'numberTrained', 'Number trained cannot be below zero.'],
      [hotelTraining({ numberTrained: 2.5 }), 'numberTrained', 'Number trained must be a whole number.'],
      [hotelTraining({ acknowledgmentCount: 41 }), 'acknowledgmentCount', 'There cannot be more acknowledgments than people trained.'],
      [hotelTraining({ acknowledgmentsCollected: false, acknowledgmentCount: 3 }), 'acknowledgmentCount', expect.stringContaining('Acknowledgments collected')],
      [hotelTraining({ acknowledgmentCount: null }), 'acknowledgmentCount', 'Give the number of signed acknowledgments collected.'],
      [hotelTraining({ audienceSectors: ['hotels' as never] }), 'audienceSectors.0', 'Choose audiences from the list.'],
      [hotelTraining({ heldOn: '2026-02-30' }), 'heldOn', 'That date does not exist.'],
    ] as const;
    for (const [input, field, message] of refusals) {
      const refusal = await t.fail('trainings.create', input);
      expect(refusal.code, field).toBe('VALIDATION');
      expect(refusal.fieldErrors?.[field], field).toEqual([message]);
      expect((await t.fail('trainings.update', { ...input, id: kept.id })).code).toBe('VALIDATION');
    }
    expect(await t.fail('trainings.create', hotelTraining({ trainerOrganizationId: unknownId }))).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { trainerOrganizationId: [expect.stringContaining('not in the directory')] },
    });
    expect(await t.call('trainings.list', {})).toEqual([kept]);
  });
});

describeEachDesk('outreach contacts are with organizations of the directory, prospective ones included', (subject) => {
  it('records a contact with a prospective business, its follow-up, and edits and deletes it', async () => {
    const { t } = subject;
    const hotel = await addDeskOrganization(subject, {
      name: 'Lakeside Inn and Suites',
      sector: 'businesses-at-risk',
      kind: 'business',
      involvement: 'prospective',
    });
    const contact = await t.call('outreach.create', {
      organizationId: hotel.id,
      contactedOn: '2026-02-20',
      contactPerson: 'Dana, general manager',
      agreed: 'Train all front desk staff in April',
      followUpOn: '2026-04-01',
      followUpStatus: 'open',
    });
    expect(contact).toMatchObject({
      organization: { id: hotel.id, name: 'Lakeside Inn and Suites', involvement: 'prospective', sector: 'businesses-at-risk' },
      followUpStatus: 'open',
    });
    const done = await t.call('outreach.update', {
      id: contact.id,
      organizationId: hotel.id,
      contactedOn: '2026-02-20',
      followUpOn: '2026-04-01',
      followUpStatus: 'done',
    });
    expect(done).toMatchObject({ followUpStatus: 'done', agreed: '' });
    expect(await t.call('outreach.list', {})).toEqual([done]);
    await t.call('outreach.delete', { id: contact.id });
    expect(await t.call('outreach.list', {})).toEqual([]);
  });

  it('refuses an unknown or archived organization and a follow-up before the contact, changing nothing', async () => {
    const { t } = subject;
    const salon = await addDeskOrganization(subject, { name: 'Main Street Salon', involvement: 'prospective' });
    await archiveDeskOrganization(subject, salon.id);
    expect(await t.fail('outreach.create', { organizationId: unknownId, contactedOn: '2026-02-20' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { organizationId: [expect.stringContaining('not in the directory')] },
    });
    expect(await t.fail('outreach.create', { organizationId: salon.id, contactedOn: '2026-02-20' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { organizationId: [expect.stringContaining('archived')] },
    });
    expect(
      await t.fail('outreach.create', { organizationId: unknownId, contactedOn: '2026-02-20', followUpOn: '2026-02-19', followUpStatus: 'open' }),
    ).toMatchObject({ fieldErrors: { followUpOn: ['The follow-up cannot be before the contact.'] } });
    expect(await t.call('outreach.list', {})).toEqual([]);
  });
});

async function setZone(subject: DeskUnderTest, timeZone: string): Promise<void> {
  await subject.t.call('preferences.setTimeZone', { timeZone });
}

describeEachDesk('counts by sector and by quarter', (subject) => {
  it('counts trainings, people and contacts per sector in each quarter, the current quarter read in the coalition’s zone', async () => {
    const { t } = subject;
    const hotel = await addDeskOrganization(subject, { name: 'Lakeside Inn', sector: 'businesses-at-risk', involvement: 'prospective' });
    await t.call(
      'trainings.create',
      hotelTraining({ heldOn: '2026-03-31', numberTrained: 40, acknowledgmentCount: 40, audienceSectors: ['businesses-at-risk', 'faith-leaders'] }),
    );
    await t.call('trainings.create', hotelTraining({ heldOn: '2026-01-01', numberTrained: 12, acknowledgmentCount: 0 }));
    await t.call('trainings.create', hotelTraining({ heldOn: '2026-04-01', numberTrained: 7, acknowledgmentCount: 7 }));
    await t.call('outreach.create', { organizationId: hotel.id, contactedOn: '2026-03-15' });
    // 03:00 UTC on April 1st: still March 31st in Los Angeles, already April 1st in Berlin.
    t.clock.now = new Date('2026-04-01T03:00:00Z');

    await setZone(subject, 'America/Los_Angeles');
    const pacific = await t.call('trainings.counts', { quarters: 2 });
    expect(pacific.quarters).toEqual(['2025-Q4', '2026-Q1']);
    const business = (counts: typeof pacific) => counts.sectors.find((row) => row.sector === 'businesses-at-risk')?.counts;
    expect(business(pacific)).toEqual([
      { quarter: '2025-Q4', trainings: 0, peopleTrained: 0, outreachContacts: 0 },
      { quarter: '2026-Q1', trainings: 2, peopleTrained: 52, outreachContacts: 1 },
    ]);
    expect(pacific.sectors.find((row) => row.sector === 'faith-leaders')?.counts.at(-1)).toMatchObject({ trainings: 1, peopleTrained: 40 });
    expect(pacific.totals.at(-1)).toEqual({ quarter: '2026-Q1', trainings: 2, peopleTrained: 52, outreachContacts: 1 });

    await setZone(subject, 'Europe/Berlin');
    const berlin = await t.call('trainings.counts', { quarters: 2 });
    expect(berlin.quarters).toEqual(['2026-Q1', '2026-Q2']);
    expect(business(berlin)?.at(-1)).toEqual({ quarter: '2026-Q2', trainings: 1, peopleTrained: 7, outreachContacts: 0 });
  });

  it('answers the data review through trainingCountsByQuarter for any period', async () => {
    const { t } = subject;
    await t.call('trainings.create', hotelTraining({ heldOn: '2025-11-03', numberTrained: 5, acknowledgmentCount: 5 }));
    await withDeskEngine(subject, async (db) => {
      expect(await trainingCountsByQuarter(db, { from: '2025-01-01', to: '2025-12-31' })).toEqual([
        { quarter: '2025-Q4', sector: 'businesses-at-risk', trainings: 1, peopleTrained: 5, outreachContacts: 0 },
      ]);
      expect(await trainingCountsByQuarter(db, { from: '2026-01-01', to: '2026-12-31' })).toEqual([]);
    });
  });
});

describeEachDesk('the six duties checklist', (subject) => {
  it('shows a training and a held meeting as evidence, with each duty’s status and reason', async () => {
    const { t } = subject;
    await setZone(subject, 'America/Los_Angeles');
    await t.call('trainings.create', hotelTraining({ heldOn: '2026-02-12' }));
    await t.call('trainings.create', hotelTraining({ heldOn: '2024-02-12', title: 'An old training' }));
    const meeting = await t.call('meetings.create', meetingInput({ startsAt: '2026-02-20T10:00', title: 'February coalition meeting' }));
    await t.call('meetings.start', { id: meeting.id });
    const planned = await t.call('meetings.create', meetingInput({ startsAt: '2026-03-20T10:00', title: 'Runaway protocol working session' }));
    await t.call('duties.link', { duty: 'locate-missing', subjectKind: 'meeting', subjectId: planned.id });
    await t.call('duties.link', { duty: 'locate-missing', subjectKind: 'meeting', subjectId: planned.id });

    const checklist = await t.call('duties.checklist', {});
    expect(checklist.asOf).toBe('2026-03-01');
    const duty = (id: string) => checklist.duties.find((entry) => entry.id === id);
    expect(checklist.duties.map((entry) => entry.id)).toEqual([
      'consult',
      'identify-and-serve',
      'report-victims',
      'locate-missing',
      'learn-why-left',
      'report-missing',
    ]);
    expect(duty('consult')).toMatchObject({ status: 'met', reason: 'Met: 1 consultation in the last 12 months, the latest on Feb 20, 2026' });
    expect(duty('consult')?.evidence.meetings).toEqual([
      { id: meeting.id, title: 'February coalition meeting', date: '2026-02-20', linked: false, consultation: true },
    ]);
    expect(duty('identify-and-serve')).toMatchObject({
      status: 'partial',
      reason: 'Partly met: 1 training in the last 12 months, but no adopted protocol serves this duty',
    });
    expect(duty('identify-and-serve')?.evidence.trainings).toEqual([
      expect.objectContaining({ title: 'Recognizing trafficking at the front desk', heldOn: '2026-02-12', numberTrained: 40 }),
    ]);
    expect(duty('locate-missing')).toMatchObject({
      status: 'missing',
      reason: 'Missing: no adopted protocol serves this duty; work toward it: 1 linked meeting',
    });
    expect(duty('report-missing')).toMatchObject({ status: 'missing', missing: ['An adopted protocol that serves this duty'] });

    await t.call('duties.unlink', { duty: 'locate-missing', subjectKind: 'meeting', subjectId: planned.id });
    expect((await t.call('duties.checklist', {})).duties.find((entry) => entry.id === 'locate-missing')?.evidence.meetings).toEqual([]);
  });

  it('meets a duty with a protocol of the register adopted on or before today, naming it', async () => {
    const { t } = subject;
    await setZone(subject, 'America/Los_Angeles');
    const created = await t.call('protocols.create', protocolInput({ title: 'Missing from care response', duties: ['locate-missing'] }));
    const version = created.versions.at(-1)?.id ?? '';
    await t.call('protocols.moveVersion', { id: version, state: 'in-review' });
    await t.call('protocols.adopt', { id: version, adoptedOn: '2026-02-04' });
    const checklist = await t.call('duties.checklist', {});
    const duty = checklist.duties.find((entry) => entry.id === 'locate-missing');
    expect(duty).toMatchObject({ status: 'met', reason: "Met: protocol 'Missing from care response' adopted Feb 4, 2026", missing: [] });
    expect(duty?.evidence.protocols).toEqual([{ title: 'Missing from care response', adoptedOn: '2026-02-04' }]);
    expect(checklist.duties.find((entry) => entry.id === 'report-missing')?.status).toBe('missing');
  });

  it('refuses a link to something that does not exist or to an unknown duty, changing nothing', async () => {
    const { t } = subject;
    expect((await t.fail('duties.link', { duty: 'consult', subjectKind: 'meeting', subjectId: unknownId })).code).toBe('NOT_FOUND');
    expect((await t.fail('duties.link', { duty: 'be-nice', subjectKind: 'meeting', subjectId: unknownId })).code).toBe('VALIDATION');
    const checklist = await t.call('duties.checklist', {});
    expect(checklist.duties.every((entry) => entry.evidence.meetings.length === 0 && entry.evidence.actionItems.length === 0)).toBe(true);
  });
});
