import { describe, expect, it } from 'vitest';
import { MAILTO_LIMIT } from '../../main/export/digest/digestEmail';
import { ITEMS_PER_PAGE } from '../../main/export/digest/digestsPdf';
import { loadAudit } from '../../main/db/auditRepository';
import { sqlcipherEngine } from '../../main/db/engine/storageEngine';
import { withStoredDatabase } from './support/directoryInputs';
import { runExport } from './support/exportJobs';
import { actionItemsCoalition } from './support/meetingRows';
import { pdfPages, squeezed } from './support/pdfPages';

/** Today is Wednesday 2026-03-04 in the coalition's zone (see actionItemsCoalition). */
async function coalitionWithItems() {
  const coalition = await actionItemsCoalition();
  const { t, members, meetingId } = coalition;
  await t.call('actions.create', { title: 'Draft the runaway protocol', dueOn: '2026-03-01', ownerId: members.rosa.id, sourceMeetingId: meetingId });
  await t.call('actions.create', { title: 'Book the training room; send invites', dueOn: '2026-03-09', ownerId: members.rosa.id, priority: 'high' });
  await t.call('actions.create', { title: 'Collect referral numbers', ownerId: members.rosa.id });
  const done = await t.call('actions.create', { title: 'Finished already', dueOn: '2026-02-10', ownerId: members.rosa.id });
  await t.call('actions.setStatus', { id: done.id, status: 'done' });
  await t.call('actions.create', { title: 'Ask the advisors about outreach', dueOn: '2026-04-02', ownerId: members.advisor.id });
  for (let index = 1; index <= ITEMS_PER_PAGE + 4; index++) {
    await t.call('actions.create', { title: `Police follow-up number ${index}`, dueOn: `2026-05-${String(index).padStart(2, '0')}`, ownerId: members.ben.id });
  }
  return coalition;
}

describe('per-member digests', () => {
  it('puts everyone with open items on a page of their own, overdue marked, protected people by display name', async () => {
    const { t } = await coalitionWithItems();
    const file = await runExport(t, { kind: 'member-digests', format: 'pdf' });
    expect(file.fileName).toBe('Riverside Youth Safety Coalition action item digests 2026-03-04.pdf');
    const pages = pdfPages(file.bytes).map(squeezed);
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => page.match(/Open action items: (.+)/)?.[1]?.trim())).toEqual(['Youth Advisor J', 'Rosa Muñoz', 'Ben Okafor']);
    const [advisor, rosa, ben] = pages;
    expect(rosa).toContain('Lane County Child Welfare · As of Mar 4, 2026 · 3 open, 1 overdue');
    expect(rosa).toMatch(/Draft the runaway protocol Mar 1, 2026 Open Normal March coalition\n Overdue meeting, Wed, Mar 4,/);
    expect(rosa).toContain('Overdue');
    expect(rosa).toContain('Due soon');
    expect(rosa).toContain('Collect referral numbers No due date');
    expect(rosa).not.toContain('Finished already');
    expect(ben).toContain(`Police follow-up number ${ITEMS_PER_PAGE}`);
    expect(ben).not.toContain(`Police follow-up number ${ITEMS_PER_PAGE + 1}`);
    expect(ben).toContain('And 4 more open items');
    expect(advisor).toContain('Ask the advisors about outreach');
    expect(pages.join('\n')).not.toContain('Jordan Hidden');
  });

  it('keeps a person with many long items to one page, saying how many more there are', async () => {
    const { t, members } = await actionItemsCoalition();
    const longMeeting = await t.call('meetings.create', {
      title: `Quarterly review of the runaway response protocol with every partner agency, ${'and a long subtitle '.repeat(6)}`.slice(0, 200),
      kind: 'full-coalition',
      startsAt: '2026-03-10T10:00',
      timeZone: 'America/Los_Angeles',
      durationMinutes: 60,
    });
    for (let index = 1; index <= ITEMS_PER_PAGE; index++) {
      const title = `Item ${index}: ${'Follow up with the shelter intake team about the screening questions, '.repeat(4)}`.slice(0, 280);
      await t.call('actions.create', { title, dueOn: '2026-03-01', ownerId: members.rosa.id, sourceMeetingId: longMeeting.id });
    }
    const pages = pdfPages((await runExport(t, { kind: 'member-digests', memberId: members.rosa.id, format: 'pdf' })).bytes).map(squeezed);
    expect(pages).toHaveLength(1);
    const shown = pages[0]?.match(/Item \d+:/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(2);
    expect(pages[0]).toContain(`And ${ITEMS_PER_PAGE - shown} more open items`);
  });

  it('makes one person’s PDF, and everyone’s email texts as one text file', async () => {
    const { t, members } = await coalitionWithItems();
    const one = pdfPages((await runExport(t, { kind: 'member-digests', memberId: members.advisor.id, format: 'pdf' })).bytes);
    expect(one).toHaveLength(1);
    expect(one[0]).toContain('Youth Advisor J');

    const texts = await runExport(t, { kind: 'member-digests', format: 'txt' });
    expect(texts.mimeType).toBe('text/plain;charset=utf-8');
    const text = texts.bytes.toString('utf8');
    expect(text).toContain('To: Rosa Muñoz <rosa.munoz@example.org>\nSubject: Your open action items with Riverside Youth Safety Coalition (3)');
    expect(text).toContain('To: Youth Advisor J\nSubject:');
    expect(text).not.toContain('j@example.org');
    expect(text).not.toContain('Jordan Hidden');
    expect(text).toContain('Overdue:\n- Draft the runaway protocol: due Mar 1, 2026 (from March coalition meeting, Wed, Mar 4, 2026)');
  });

  it('drafts an email as a mailto link when it fits, without an address for a protected person, and as no link when too long', async () => {
    const { t, members, workspace } = await coalitionWithItems();
    const rosa = await t.call('digests.emailDraft', { memberId: members.rosa.id });
    expect(rosa).toMatchObject({ recipientName: 'Rosa Muñoz', hasAddress: true, subject: 'Your open action items with Riverside Youth Safety Coalition (3)' });
    expect(rosa.body).toContain('Due in the next 7 days:\n- Book the training room; send invites: due Mar 9, 2026');
    const link = new URL(rosa.mailto ?? '');
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('rosa.munoz@example.org');
    expect(link.searchParams.get('subject')).toBe(rosa.subject);
    expect(link.searchParams.get('body')).toBe(rosa.body.replace(/\n/g, '\r\n'));
    expect(rosa.mailto?.length).toBeLessThanOrEqual(MAILTO_LIMIT);

    const advisor = await t.call('digests.emailDraft', { memberId: members.advisor.id });
    expect(advisor).toMatchObject({ recipientName: 'Youth Advisor J', hasAddress: false });
    expect(advisor.mailto?.startsWith('mailto:?subject=')).toBe(true);
    expect(advisor.mailto).not.toContain('example.org');

    const ben = await t.call('digests.emailDraft', { memberId: members.ben.id });
    expect(ben.mailto).toBeNull();
    expect(ben.body).toContain(`Police follow-up number ${ITEMS_PER_PAGE + 4}`);

    const history = await withStoredDatabase(t, workspace.path, async (db) =>
      (await loadAudit(sqlcipherEngine(db).db)).filter((entry) => entry.action === 'email draft prepared'),
    );
    expect(history).toHaveLength(3);
    expect(history.map((entry) => entry.changes)).toEqual(
      expect.arrayContaining([members.rosa.id, members.advisor.id, members.ben.id].map((memberId) => ({ kind: 'member-digest', memberId }))),
    );
  });

  it('answers an unknown person with NOT_FOUND, and "everyone" with nobody owning open items with a clear message', async () => {
    const { t } = await actionItemsCoalition();
    expect((await t.fail('digests.emailDraft', { memberId: '018f0000-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
    const nobody = await t.fail('exports.start', { kind: 'member-digests', format: 'pdf' });
    expect(nobody).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Nobody has open action items') });
  });
});
