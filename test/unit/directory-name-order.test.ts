import { describe, expect, it } from 'vitest';
import { runExport } from './support/exportJobs';
import { migrate } from '../../main/db/migrate';
import { migrations } from '../../main/db/migrations';
import { nameSortKey } from '../../shared/nameSortKey';
import { memberInput, organizationInput } from './support/directoryInputs';
import { databaseAtStep } from './support/migratedDatabase';
import { meetingInput } from './support/meetingInputs';
import { createTestWorkspace, testDesk } from './support/testDesk';

/** As a coordinator types them: titles, suffixes, family name first, accents. In family-name order: */
const rosterInOrder = ['Dr. Zoe Adams', 'Pastor Ben Carter', 'Maria de la Cruz', 'Sgt. Ana Mendoza', 'Ñúñez, José', 'Hon. Kay Smith', 'Bob Smithers, LCSW'];
/** The same people in the order they were entered, which is neither alphabetical by first word nor by family name. */
const entered = [rosterInOrder[5]!, rosterInOrder[1]!, rosterInOrder[6]!, rosterInOrder[0]!, rosterInOrder[4]!, rosterInOrder[3]!, rosterInOrder[2]!];

async function deskWithRoster() {
  const t = testDesk();
  await createTestWorkspace(t);
  const organization = await t.call('directory.createOrganization', organizationInput());
  const members = [];
  for (const [index, fullName] of entered.entries()) {
    members.push(
      await t.call(
        'directory.createMember',
        memberInput({
          fullName,
          email: `person${index}@example.org`,
          organizationId: organization.id,
          votingMember: true,
          representativeRole: index === 0 ? 'primary' : 'alternate',
        }),
      ),
    );
  }
  return { t, organization, members };
}

describe('people are listed by family name, with titles and suffixes kept out of the order', () => {
  it('orders the members list, the organization page and its representatives, names shown exactly as entered', async () => {
    const { t, organization } = await deskWithRoster();
    expect((await t.call('directory.listMembers', {})).map((member) => member.shownName)).toEqual(rosterInOrder);
    const detail = await t.call('directory.getOrganization', { id: organization.id });
    expect(detail.members.map((member) => member.fullName)).toEqual(rosterInOrder);
    expect(detail.organization.alternateRepresentatives.map((person) => person.displayName)).toEqual(rosterInOrder.filter((name) => name !== entered[0]));
  });

  it('re-files a member whose name changes, by the name shown (a display name when there is one)', async () => {
    const { t, members } = await deskWithRoster();
    const adams = members.find((member) => member.fullName === 'Dr. Zoe Adams')!;
    await t.call('directory.updateMember', {
      ...memberInput({ fullName: 'Dr. Zoe Adams', displayName: 'Zoe Young', email: 'person3@example.org' }),
      id: adams.id,
    });
    expect((await t.call('directory.listMembers', {})).map((member) => member.shownName).at(-1)).toBe('Zoe Young');
  });

  it('orders workgroups, a meeting’s attendance and action items by owner the same way', async () => {
    const { t, members } = await deskWithRoster();
    const ids = members.map((member) => member.id);
    const workgroup = await t.call('workgroups.create', { name: 'Protocols', memberIds: ids });
    expect(workgroup.members.map((person) => person.shownName)).toEqual(rosterInOrder);

    const meeting = await t.call('meetings.create', meetingInput());
    const attendees = await t.call('attendance.invite', { meetingId: meeting.id, memberIds: ids });
    expect(attendees.map((attendee) => attendee.shownName)).toEqual(rosterInOrder);
    expect((await t.call('meetings.get', { id: meeting.id })).attendees.map((attendee) => attendee.shownName)).toEqual(rosterInOrder);

    for (const member of members) await t.call('actions.create', { title: `Follow up (${member.shownName})`, ownerId: member.id });
    const byOwner = await t.call('actions.query', { sort: { field: 'ownerName', direction: 'asc' } });
    expect(byOwner.rows.map((row) => row.ownerName)).toEqual(rosterInOrder);
    const grouped = await t.call('actions.query', { groupBy: 'owner' });
    expect(grouped.groups.map((group) => group.label)).toEqual(rosterInOrder);
  });

  it('orders the roster export: each organization’s primary representative first, then the others by family name', async () => {
    const { t } = await deskWithRoster();
    const file = await runExport(t, { kind: 'roster', format: 'csv' });
    const lines = file.bytes.toString('utf8').split('\r\n').slice(1).filter(Boolean);
    const names = lines.map((line) => rosterInOrder.find((name) => line.includes(name.includes(',') ? `"${name}"` : name)));
    expect(names).toEqual([entered[0], ...rosterInOrder.filter((name) => name !== entered[0])]);
  });
});

describe('schema step 60 files the members a workspace already has', () => {
  it('back-fills every member’s key from the name shown, so lists are in order right after the upgrade', () => {
    const before = migrations.findIndex((migration) => migration.name === 'member-sort-key') - 1;
    const db = databaseAtStep(before);
    try {
      const insert = db.prepare(
        `INSERT INTO members (id, full_name, display_name, coalition_role, representative_role, preferred_contact, protected_identity, created_at, updated_at)
         VALUES (?, ?, ?, 'member', 'none', 'email', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      );
      insert.run('m1', 'Hon. Kay Smith', '', 0);
      insert.run('m2', 'Pastor Ben Carter', '', 0);
      // A protected member files by the display name the lists show: the hidden full name must not decide the order.
      insert.run('m3', 'Aaron Aardvark', 'Youth Advisor Z', 1);
      migrate(db, migrations, { backupBeforeMigrating: () => undefined });

      const rows = db.prepare('SELECT id, sort_key AS sortKey FROM members ORDER BY sort_key, id').all() as Array<{ id: string; sortKey: string }>;
      expect(rows).toEqual([
        { id: 'm2', sortKey: nameSortKey('Pastor Ben Carter') },
        { id: 'm1', sortKey: nameSortKey('Hon. Kay Smith') },
        { id: 'm3', sortKey: nameSortKey('Youth Advisor Z') },
      ]);
    } finally {
      db.close();
    }
  });
});
