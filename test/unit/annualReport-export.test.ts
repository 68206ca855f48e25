import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { suppressTable } from '../../shared/smallNumbers';
import { REPORT_HEADINGS } from '../../main/export/annualReport/writeAnnualReport';
import { addDeskOrganization } from './support/deskDirectory';
import { adoptedProtocol } from './support/deskProtocols';
import { deskRoster } from './support/deskRoster';
import { docxPartText } from './support/docxText';
import { type DeskUnderTest, describeEachDesk } from './support/eachDesk';
import { settled } from './support/exportJobs';
import { meetingInput } from './support/meetingInputs';
import { contentStreams, pdfImageList } from './support/pdfDrawing';
import { pdfPages, squeezed } from './support/pdfPages';

const RANGE = { from: '2026-01-01', to: '2026-12-31' };
const MEASURE = 'Youth screened for trafficking';
const QUARTERS = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
/** Figures by organization and quarter: two small ones (4 and 7) that must never print. */
const FIGURES: Record<string, number[]> = {
  'Eugene Police Department': [40, 7, 35, 33],
  'Lane County Child Welfare': [25, 30, 4, 28],
  'Riverbend Youth Shelter': [12, 15, 18, 22],
};

async function exportReport(subject: DeskUnderTest, format: 'pdf' | 'docx') {
  const { t } = subject;
  const { jobId, fileName } = await t.call('annualReport.export', { ...RANGE, format });
  const status = await settled(t, jobId);
  if (status.state !== 'finished') throw new Error(`the annual report export ended ${status.state}`);
  const file = await t.call('exports.download', { jobId });
  return { fileName, mimeType: file.mimeType, bytes: Buffer.from(file.contentBase64, 'base64') };
}

/** A coalition with a year of figures, a meeting, a training, an adopted protocol and a plan objective in 2026. */
async function yearOfWork(subject: DeskUnderTest) {
  const { t } = subject;
  t.clock.now = new Date('2027-01-20T17:00:00Z');
  const { organizations, members } = await deskRoster(subject);
  const shelter = await addDeskOrganization(subject, { name: 'Riverbend Youth Shelter', sector: 'runaway-homeless-youth' });
  const ids: Record<string, string> = {
    'Eugene Police Department': organizations.police.id,
    'Lane County Child Welfare': organizations.welfare.id,
    'Riverbend Youth Shelter': shelter.id,
  };
  const measure = await t.call('data.createMeasure', { name: MEASURE, definition: 'Youth screened with the county tool.', unit: 'youth', period: 'quarterly' });
  for (const [name, values] of Object.entries(FIGURES)) {
    for (const [index, period] of QUARTERS.entries())
      await t.call('data.saveSubmission', { organizationId: ids[name] ?? '', period, figures: [{ measureId: measure.id, total: values[index] ?? 0 }] });
  }
  // Outside the range: never counted.
  await t.call('data.saveSubmission', { organizationId: organizations.police.id, period: '2025-Q4', figures: [{ measureId: measure.id, total: 999 }] });

  const meeting = await t.call('meetings.create', meetingInput({ title: 'Spring coalition meeting', startsAt: '2026-04-14T10:00' }));
  await t.call('attendance.invite', { meetingId: meeting.id, organizationIds: [organizations.welfare.id] });
  const [attendee] = (await t.call('meetings.get', { id: meeting.id })).attendees;
  await t.call('meetings.start', { id: meeting.id });
  if (attendee) await t.call('attendance.mark', { id: attendee.id, status: 'present' });
  await t.call('trainings.create', {
    heldOn: '2026-06-02',
    title: 'Front desk signs',
    curriculum: 'Signs and whom to call',
    audienceSectors: ['businesses-at-risk'],
    audienceDetail: 'Hotel staff',
    numberTrained: 23,
    acknowledgmentsCollected: false,
    duties: [],
  });
  await adoptedProtocol(subject, '2026-05-20', { title: 'Runaway and missing youth protocol' });
  const goal = await t.call('plan.createGoal', { title: 'Youth are screened wherever they come in' });
  await t.call('plan.createObjective', {
    goalId: goal.id,
    title: 'Screen every youth entering the shelter',
    owner: { kind: 'member', id: members.rosa.id },
    measure: MEASURE,
    baseline: 10,
    target: 100,
    targetDate: '2026-12-31',
  });
  await t.call('annualReport.saveNarrative', {
    ...RANGE,
    sections: { introduction: 'Our first full year together.', highlights: 'The shelter joined the data review.', 'next-year': 'Screen at every school.' },
  });
}

/** The lines of the PDF's text from a heading to the next of the given headings. */
function sectionOf(text: string, heading: string, next: string): string {
  const start = text.indexOf(heading);
  return text.slice(start, text.indexOf(next, start + heading.length));
}

describeEachDesk('the annual report', (subject) => {
  it('keeps the narrative per range, reads it back, and leaves another range empty', async () => {
    const { t } = subject;
    const saved = await t.call('annualReport.saveNarrative', {
      ...RANGE,
      sections: { introduction: '  A year of firsts.  ', challenges: 'Turnover in two agencies.' },
    });
    expect(saved.sections.map((section) => [section.id, section.text])).toEqual([
      ['introduction', 'A year of firsts.'],
      ['highlights', ''],
      ['challenges', 'Turnover in two agencies.'],
      ['next-year', ''],
    ]);
    await t.call('annualReport.saveNarrative', { ...RANGE, sections: { challenges: '' } });
    const again = await t.call('annualReport.narrative', RANGE);
    expect(again.sections.find((section) => section.id === 'introduction')?.text).toBe('A year of firsts.');
    expect(again.sections.find((section) => section.id === 'challenges')).toMatchObject({ text: '', updatedAt: null });
    const other = await t.call('annualReport.narrative', { from: '2025-01-01', to: '2025-12-31' });
    expect(other.sections.every((section) => section.text === '')).toBe(true);
    expect(await t.fail('annualReport.saveNarrative', { from: '2026-12-31', to: '2026-01-01', sections: {} })).toMatchObject({ code: 'VALIDATION' });
  }, 60_000);

  it('outlines each section with the right figures for the range', async () => {
    await yearOfWork(subject);
    const outline = await subject.t.call('annualReport.outline', RANGE);
    const summary = Object.fromEntries(outline.sections.map((section) => [section.title, section.summary]));
    expect(summary['Meetings and consultation']).toBe('1 meeting held in the period, with 1 sector present at least once.');
    expect(summary['Protocols and agreements']).toBe('1 version adopted and 0 protocols or agreements reviewed in the period; 1 in force now.');
    expect(summary['Trainings']).toMatch(/^1 training held, 23 people trained\./);
    expect(summary['Data']).toMatch(/^1 measure with figures/);
    expect(summary['Membership by sector']).toMatch(/^3 organizations at the table/);
    expect(summary['Progress on the plan']).toMatch(/^1 objective:/);
  }, 120_000);

  it('exports a PDF with every section, no hidden figure, one word for every hidden cell (small or not), and vector charts', async () => {
    await yearOfWork(subject);
    const pdf = await exportReport(subject, 'pdf');
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.fileName).toMatch(/annual report 2026-01-01 to 2026-12-31 2027-01-20\.pdf$/);
    const text = squeezed(pdfPages(pdf.bytes).join('\n'));
    for (const heading of Object.values(REPORT_HEADINGS)) expect(text).toContain(heading);
    for (const words of [
      'Introduction',
      'Our first full year together.',
      'Highlights of the period',
      'Next year',
      'Screen at every school.',
      'Spring coalition meeting',
      'Runaway and missing youth protocol',
      'Screen every youth entering the shelter',
      'Riverside Youth Safety Coalition',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('999');

    // The measure's table: each organization's line shows exactly its shown cells; hidden ones say why instead.
    const names = Object.keys(FIGURES).sort();
    const shared = suppressTable(names.map((name) => FIGURES[name] ?? []));
    const measureText = sectionOf(text, MEASURE, REPORT_HEADINGS.objectives);
    // One word for every hidden cell: different words would tell which hidden cells are the small ones.
    expect(measureText).toContain('hidden');
    expect(measureText).not.toMatch(/withheld|fewer than/);
    names.forEach((name, row) => {
      const line = measureText.split('\n').findLast((candidate) => candidate.trimStart().startsWith(name)) ?? '';
      const rest = line.slice(line.indexOf(name) + name.length);
      const numbers = (rest.match(/\b\d+\b/g) ?? []).map(Number);
      const cells = [...(shared.cells[row] ?? []), shared.rowTotals[row]];
      expect(numbers).toEqual(cells.filter((cell) => cell && !cell.hidden).map((cell) => cell?.value));
      expect(rest.match(/\bhidden\b/g)?.length ?? 0).toBe(cells.filter((cell) => cell?.hidden).length);
    });
    expect(shared.cells.flat().filter((cell) => cell.hidden).length).toBeGreaterThanOrEqual(4);
    for (const small of [4, 7]) expect(measureText).not.toMatch(new RegExp(`(^|\\s)${small}(\\s|$)`));

    // Charts are paths (moveto/lineto, rectangles, curves filled and stroked), and the file holds no image at all.
    const streams = contentStreams(pdf.bytes).join('\n');
    expect(streams).toMatch(/\d re\s/);
    expect(streams).toMatch(/\d l\s/);
    expect(streams).toMatch(/\d c\s/);
    expect(pdfImageList(pdf.bytes)).toEqual([]);
  }, 180_000);

  it('exports a DOCX with the same sections and tables, read back with jszip', async () => {
    await yearOfWork(subject);
    const docx = await exportReport(subject, 'docx');
    const zip = await JSZip.loadAsync(docx.bytes);
    const body = docxPartText((await zip.file('word/document.xml')?.async('string')) ?? '');
    for (const heading of Object.values(REPORT_HEADINGS)) expect(body).toContain(heading);
    expect(body).toContain('Our first full year together.');
    expect(body).toContain('hidden');
    expect(body).not.toMatch(/withheld|fewer than/);
    expect(body).not.toMatch(/(^|\s)(4|7)(\s|$)/);
  }, 180_000);
});
