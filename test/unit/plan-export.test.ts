import { expect, it } from 'vitest';
import { deskRoster } from './support/deskRoster';
import { readDocx } from './support/docxText';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { settled } from './support/exportJobs';
import { pdfPages, squeezed } from './support/pdfPages';

async function exportPlan(subject: DeskUnderTest, format: 'pdf' | 'docx') {
  const { t } = subject;
  const { jobId, fileName } = await t.call('plan.export', { format });
  const status = await settled(t, jobId);
  if (status.state !== 'finished') throw new Error(`the plan export ended ${status.state}`);
  const file = await t.call('exports.download', { jobId });
  return { fileName, mimeType: file.mimeType, bytes: Buffer.from(file.contentBase64, 'base64') };
}

async function writtenPlan(subject: DeskUnderTest) {
  const { t } = subject;
  t.clock.now = new Date('2026-03-04T17:00:00Z');
  const { members } = await deskRoster(subject);
  await t.call('plan.setMission', { statement: 'No youth in Lane County is trafficked unseen.' });
  const goal = await t.call('plan.createGoal', { title: 'Youth missing from care are found fast', description: 'Locate, then serve.' });
  const objective = await t.call('plan.createObjective', {
    goalId: goal.id,
    title: 'Report every missing youth within 24 hours',
    owner: { kind: 'member', id: members.advisor.id },
    measure: 'Reports made within 24 hours, per cent',
    baseline: 40,
    target: 90,
    targetDate: '2026-02-28',
  });
  await t.call('plan.recordProgress', {
    objectiveId: objective.id,
    recordedOn: '2026-03-01',
    value: 65,
    status: 'at-risk',
    note: 'Night shift not yet trained.',
  });
  await t.call('plan.createGoal', { title: 'Partners trained' });
}

describeEachDesk('the plan exported as PDF and DOCX', (subject) => {
  it('reads back the mission, what needs attention, the goals, objectives and their figures, with a protected owner by display name', async () => {
    await writtenPlan(subject);
    const pdf = await exportPlan(subject, 'pdf');
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.fileName).toMatch(/strategic plan 2026-03-04\.pdf$/);
    const text = squeezed(pdfPages(pdf.bytes).join('\n'));
    for (const expected of [
      'Strategic plan',
      'No youth in Lane County is trafficked unseen.',
      'Needs attention',
      'Report every missing youth within 24 hours: At risk, overdue since Feb 28, 2026',
      'Goal 1: Youth missing from care are found fast',
      'Youth Advisor J',
      'From 40 to 90 by Feb 28, 2026',
      '50%: 65 recorded on Mar 1, 2026',
      'Night shift not yet trained.',
      'Goal 2: Partners trained',
      'No objectives under this goal yet.',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Jordan Hidden');

    const docx = readDocx((await exportPlan(subject, 'docx')).bytes);
    for (const expected of [
      'Strategic plan',
      'No youth in Lane County is trafficked unseen.',
      'Goal 1: Youth missing from care are found fast',
      'Youth Advisor J',
      '50%: 65 recorded on Mar 1, 2026',
    ])
      expect(docx.body).toContain(expected);
    expect(docx.everything).not.toContain('Jordan Hidden');
  }, 120_000);

  it('says plainly when the plan is still empty', async () => {
    const docx = readDocx((await exportPlan(subject, 'docx')).bytes);
    expect(docx.body).toContain('No mission statement has been written yet.');
    expect(docx.body).toContain('The plan has no goals yet.');
  }, 60_000);
});
