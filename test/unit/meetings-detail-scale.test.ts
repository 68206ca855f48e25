import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it, vi } from 'vitest';
import { memberInput, organizationInput } from './support/directoryInputs';
import { deskWithWorkspace, itemInput, meetingInput } from './support/meetingInputs';

describe('a large meeting loads in a fixed handful of queries', () => {
  it('reads a meeting with 40 agenda items and 60 attendees with as many queries as one with 1 and 1', async () => {
    const { t } = await deskWithWorkspace();
    const organization = await t.call('directory.createOrganization', organizationInput());
    const memberIds: string[] = [];
    for (let index = 0; index < 60; index += 1) {
      memberIds.push(
        (
          await t.call(
            'directory.createMember',
            memberInput({ fullName: `Member ${index}`, email: `m${index}@example.org`, organizationId: organization.id, votingMember: index % 2 === 0 }),
          )
        ).id,
      );
    }
    const small = await t.call('meetings.create', meetingInput({ title: 'Small' }));
    await t.call('agenda.addItem', itemInput(small.id));
    await t.call('attendance.invite', { meetingId: small.id, memberIds: memberIds.slice(0, 1) });
    const large = await t.call('meetings.create', meetingInput({ title: 'Large' }));
    for (let index = 0; index < 40; index += 1) await t.call('agenda.addItem', itemInput(large.id, { title: `Item ${index}`, timeboxMinutes: 3 }));
    const attendees = await t.call('attendance.invite', { meetingId: large.id, memberIds });
    for (const attendee of attendees.filter((each) => memberIds.slice(0, 10).includes(each.memberId ?? '')))
      await t.call('attendance.mark', { id: attendee.id, status: 'present' });
    for (let index = 0; index < 10; index += 1)
      await t.call('decisions.record', { meetingId: large.id, text: `Decision ${index}`, outcome: 'adopted', motion: { movedById: memberIds[index] ?? null } });

    // The storage engine keeps prepared statements, so what is counted is each statement run.
    const statement = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as { all: unknown; get: unknown; run: unknown };
    const runs = [
      vi.spyOn(statement as { all: () => unknown }, 'all'),
      vi.spyOn(statement as { get: () => unknown }, 'get'),
      vi.spyOn(statement as { run: () => unknown }, 'run'),
    ];
    const queriesFor = async (id: string) => {
      for (const run of runs) run.mockClear();
      const detail = await t.call('meetings.get', { id });
      return { detail, queries: runs.reduce((sum, run) => sum + run.mock.calls.length, 0) };
    };
    const smallRead = await queriesFor(small.id);
    const largeRead = await queriesFor(large.id);
    for (const run of runs) run.mockRestore();

    expect(largeRead.detail.agenda).toHaveLength(40);
    expect(largeRead.detail.attendees).toHaveLength(60);
    expect(largeRead.detail.decisions).toHaveLength(10);
    expect(largeRead.detail.agendaMinutes).toBe(120);
    expect(largeRead.detail.quorum).toMatchObject({ eligibleVoting: 30, presentVoting: 5, required: 15 });
    expect(smallRead.queries).toBeGreaterThan(5);
    expect(largeRead.queries).toBe(smallRead.queries);
    expect(largeRead.queries).toBeLessThanOrEqual(16);
  });
});
