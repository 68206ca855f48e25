import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, it } from 'vitest';
import { plCoalition } from './support/dataCoalition';
import { organizationInput } from './support/directoryInputs';
import { describeEachDesk } from './support/eachDesk';
import { settled } from './support/exportJobs';
import { type TestDesk, createTestWorkspace, testDesk } from './support/testDesk';

const IDENTIFIED = 'Youth identified as sex trafficking victims';
const REPORTED = 'Identified youth reported to law enforcement';
const REPORTED_24H = 'Reported to law enforcement within 24 hours';
const QUARTER = '2026-Q1';

/** The fill-in file(s), through the export job as the Data page fetches them in browser mode. */
async function generate(t: TestDesk, organizationIds: string[], period = QUARTER) {
  const { jobId, fileName } = await t.call('data.partnerFilesExport', { period, organizationIds });
  const status = await settled(t, jobId);
  if (status.state !== 'finished') throw new Error(`the partner files export ended ${status.state}`);
  const file = await t.call('exports.download', { jobId });
  return { fileName, mimeType: file.mimeType, bytes: Buffer.from(file.contentBase64, 'base64') };
}

type CellValue = ExcelJS.CellValue;

/**
 * Fills the figures sheet as a partner would in a spreadsheet: by the visible words (the measure in column A, what to
 * count in column B), typing into the Count column; the note into the note row. Nothing hidden is touched.
 */
async function fill(bytes: Uint8Array, counts: Record<string, CellValue>, note?: CellValue): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Figures');
  if (!sheet) throw new Error('no figures sheet');
  const wanted = new Map(Object.entries(counts));
  sheet.eachRow((row) => {
    const label = `${String(row.getCell(1).value)} | ${String(row.getCell(2).value)}`;
    if (wanted.has(label)) {
      row.getCell(3).value = wanted.get(label) ?? null;
      wanted.delete(label);
    }
    if (note !== undefined && String(row.getCell(1).value).startsWith('Note on these figures')) row.getCell(2).value = note;
  });
  if (wanted.size > 0) throw new Error(`no such rows: ${[...wanted.keys()].join(', ')}`);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const stage = (t: TestDesk, bytes: Uint8Array, key: { organizationId: string; period: string }) =>
  t.call('data.partnerFileStage', { ...key, fileName: 'returned.xlsx', contentBase64: Buffer.from(bytes).toString('base64') });
const stageFails = (t: TestDesk, bytes: Uint8Array, key: { organizationId: string; period: string }) =>
  t.fail('data.partnerFileStage', { ...key, fileName: 'returned.xlsx', contentBase64: Buffer.from(bytes).toString('base64') });

/** What is stored for an organization and period, to compare before and after a refused import. */
async function stored(t: TestDesk, organizationId: string, period = QUARTER) {
  const submission = await t.call('data.submission', { organizationId, period });
  return {
    note: submission.note,
    submittedAt: submission.submittedAt,
    figures: submission.lines.map((line) => [line.measure.name, line.figure?.total ?? null, line.figure?.breakdown ?? null]),
    corrections: submission.corrections,
  };
}

describeEachDesk('partner files: the fill-in XLSX', (subject) => {
  it('lists the organization, the period and its owed measures with their breakdowns, locks all but the figures and the note, and allows only whole numbers of 0 or more', async () => {
    const { organizations, measures } = await plCoalition(subject);
    const file = await generate(subject.t, [organizations.welfare.id]);
    expect(file.fileName).toMatch(/Lane County Child Welfare figures 2026-Q1 \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Figures', 'visible'],
      ['Definitions', 'visible'],
      ['Coalition Desk', 'veryHidden'],
    ]);
    const figures = workbook.getWorksheet('Figures') as ExcelJS.Worksheet;
    expect(String(figures.getCell('A1').value)).toBe('Lane County Child Welfare: figures for Q1 2026 (Jan–Mar)');
    const rows: { label: string; locked: boolean; validation: ExcelJS.DataValidation | undefined }[] = [];
    figures.eachRow((row) => {
      const count = row.getCell(3);
      if (row.number > 8 && row.getCell(2).value)
        rows.push({
          label: `${String(row.getCell(1).value)} | ${String(row.getCell(2).value)}`,
          locked: count.protection?.locked !== false,
          validation: count.dataValidation,
        });
    });
    const countRows = rows.filter((row) => !row.label.startsWith('Note'));
    // 10 totals, the identified youth's 16 breakdown cells (age, gender, type, status), the missing episodes' 10.
    expect(countRows).toHaveLength(36);
    expect(countRows.map((row) => row.label)).toContain(`${IDENTIFIED} | Age band: 12–14`);
    expect(countRows.map((row) => row.label)).toContain(`${REPORTED_24H} | Total (youth): part of “${REPORTED}”`);
    for (const row of countRows) {
      expect(row.locked).toBe(false);
      expect(row.validation).toMatchObject({ type: 'whole', operator: 'between', formulae: [0, 1_000_000], showErrorMessage: true });
    }
    expect(figures.getCell('A1').protection?.locked).not.toBe(false);
    expect(figures.getCell('B9').protection?.locked).not.toBe(false);
    expect((figures as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);

    const definitions = workbook.getWorksheet('Definitions') as ExcelJS.Worksheet;
    const definitionText: string[] = [];
    definitions.eachRow((row) => definitionText.push(row.values?.toString() ?? ''));
    expect(definitionText.join('\n')).toContain('never a name, a date of birth, a case number');
    expect(definitionText.join('\n')).toContain('Of the reports to law enforcement, those made within 24 hours');

    const marker = JSON.parse(String(workbook.getWorksheet('Coalition Desk')?.getCell('A1').value)) as {
      organizationId: string;
      period: string;
      measures: { id: string; definitionVersion: number }[];
      workspaceId: string;
    };
    expect(marker).toMatchObject({ organizationId: organizations.welfare.id, period: QUARTER });
    expect(marker.measures).toContainEqual({ id: measures['pl.identified'], definitionVersion: 1 });
    expect(marker.workspaceId).toMatch(/\S/);
  });

  it('makes one zip with a workbook per organization, and refuses an organization that owes nothing', async () => {
    const { t } = subject;
    const { organizations } = await plCoalition(subject);
    const refused = await t.fail('data.partnerFilesExport', { period: QUARTER, organizationIds: [organizations.police.id] });
    expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Eugene Police Department owes no measures for Q1 2026') });
    await t.call('data.setMeasureSet', { setId: 'capacity', active: true });
    const both = await generate(t, [organizations.welfare.id, organizations.police.id]);
    expect(both.mimeType).toBe('application/zip');
    const zip = await JSZip.loadAsync(both.bytes);
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(2);
    expect(names.some((name) => name.includes('Eugene Police Department figures 2026-Q1'))).toBe(true);
  });
});

describeEachDesk('partner files: importing the returned file', (subject) => {
  it('round trip: generated, filled in as a partner would, previewed, imported, and the figures read back', async () => {
    const { t } = subject;
    const { organizations, measures } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: QUARTER };
    const template = (await generate(t, [organizations.welfare.id])).bytes;
    const returned = await fill(
      template,
      {
        [`${IDENTIFIED} | Total (youth)`]: 12,
        [`${IDENTIFIED} | Confirmed or suspected: Confirmed`]: 8,
        [`${IDENTIFIED} | Confirmed or suspected: Suspected`]: '4',
        [`${REPORTED} | Total (youth)`]: 9,
        [`${REPORTED_24H} | Total (youth): part of “${REPORTED}”`]: { formula: '3+4', result: 7 },
      },
      'Two offices reporting; missing means 24 hours or more.',
    );
    const before = await stored(t, key.organizationId);
    const preview = await stage(t, returned, key);
    expect(preview).toMatchObject({
      organization: { name: 'Lane County Child Welfare' },
      period: { id: QUARTER },
      problems: [],
      needsReason: false,
      note: 'Two offices reporting; missing means 24 hours or more.',
    });
    expect(preview.lines.filter((line) => line.change !== 'blank').map((line) => [line.measureName, line.change, line.now?.total])).toEqual([
      [IDENTIFIED, 'new', 12],
      [REPORTED, 'new', 9],
      [REPORTED_24H, 'new', 7],
    ]);
    expect(await stored(t, key.organizationId)).toEqual(before);

    expect(await t.call('data.partnerFileImport', { stagedId: preview.stagedId })).toEqual({
      organizationName: 'Lane County Child Welfare',
      periodLabel: 'Q1 2026 (Jan–Mar)',
      entered: 3,
      corrected: 0,
    });
    const submission = await t.call('data.submission', key);
    const figure = (measureId: string | undefined) => submission.lines.find((line) => line.measure.id === measureId)?.figure;
    expect(figure(measures['pl.identified'])).toMatchObject({ total: 12, breakdown: { status: { confirmed: 8, suspected: 4 } }, definitionVersion: 1 });
    expect(figure(measures['pl.reported-le'])?.total).toBe(9);
    expect(figure(measures['pl.reported-le-24h'])?.total).toBe(7);
    expect(submission.note).toBe('Two offices reporting; missing means 24 hours or more.');
    expect((await t.call('data.overview', { period: QUARTER })).organizations.find((row) => row.id === key.organizationId)?.entered).toBe(3);
    // The staged file is gone once imported: it is sent once, imported once.
    expect((await t.fail('data.partnerFileImport', { stagedId: preview.stagedId })).code).toBe('NOT_FOUND');
  });

  it('a correction through the file asks for a reason and keeps the earlier value with who and why', async () => {
    const { t } = subject;
    const { organizations, measures } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: QUARTER };
    await t.call('data.saveSubmission', {
      ...key,
      figures: [
        { measureId: measures['pl.identified'] ?? '', total: 12 },
        { measureId: measures['pl.missing'] ?? '', total: 5 },
      ],
    });
    const template = (await generate(t, [organizations.welfare.id])).bytes;
    const returned = await fill(template, { [`${IDENTIFIED} | Total (youth)`]: 14, ['Missing-from-care episodes | Total (episodes)']: 5 });
    const preview = await stage(t, returned, key);
    expect(preview.needsReason).toBe(true);
    expect(preview.lines.filter((line) => line.change !== 'blank').map((line) => [line.measureName, line.change, line.was?.total, line.now?.total])).toEqual([
      [IDENTIFIED, 'correction', 12, 14],
      ['Missing-from-care episodes', 'unchanged', 5, 5],
    ]);
    const before = await stored(t, key.organizationId);
    expect(await t.fail('data.partnerFileImport', { stagedId: preview.stagedId })).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Say why they change'),
    });
    expect(await stored(t, key.organizationId)).toEqual(before);

    expect(await t.call('data.partnerFileImport', { stagedId: preview.stagedId, reason: 'Late records from the east office' })).toMatchObject({
      entered: 0,
      corrected: 1,
    });
    const submission = await t.call('data.submission', key);
    expect(submission.lines.find((line) => line.measure.id === measures['pl.identified'])?.figure?.total).toBe(14);
    expect(submission.corrections).toEqual([
      expect.objectContaining({
        measureId: measures['pl.identified'],
        wasTotal: 12,
        nowTotal: 14,
        reason: 'Late records from the east office',
        correctedBy: expect.any(String),
      }),
    ]);
    expect(submission.submittedAt).toBe(before.submittedAt);
  });

  it('shows each problem at its cell and imports nothing: text in a count, a negative number, a breakdown that does not add up, within 24 hours above its total, a note with an identifier', async () => {
    const { t } = subject;
    const { organizations } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: QUARTER };
    const template = (await generate(t, [organizations.welfare.id])).bytes;
    const returned = await fill(
      template,
      {
        [`${IDENTIFIED} | Total (youth)`]: 12,
        [`${IDENTIFIED} | Age band: 12–14`]: 4,
        [`${IDENTIFIED} | Age band: 15–17`]: 5,
        [`${REPORTED} | Total (youth)`]: 4,
        [`${REPORTED_24H} | Total (youth): part of “${REPORTED}”`]: 5,
        ['Missing-from-care episodes | Total (episodes)']: 'Rosa Muñoz',
        ['Episodes ended (youth located or returned) | Total (episodes)']: -2,
        ['Returns screened for sex trafficking | Total (youth)']: 2.5,
      },
      'duplicate of case CW-20231 removed',
    );
    const before = await stored(t, key.organizationId);
    const preview = await stage(t, returned, key);
    const problems = preview.problems.map((problem) => `${problem.cell ?? '-'} ${problem.where}: ${problem.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^C\d+ Missing-from-care episodes, total: This cell holds text, not a count/),
        expect.stringMatching(/^C\d+ Episodes ended \(youth located or returned\), total: A count cannot be negative/),
        expect.stringMatching(/^C\d+ Returns screened for sex trafficking, total: Counts are whole numbers/),
        expect.stringMatching(new RegExp(`^C\\d+ ${IDENTIFIED}: Age band adds up to 9, but the total is 12`)),
        expect.stringMatching(new RegExp(`^C\\d+ ${REPORTED_24H}: Within 24 hours \\(5\\) cannot be more than`)),
        expect.stringMatching(/^B\d+ Note: The note has what looks like a case, file or client number/),
      ]),
    );
    expect(problems).toHaveLength(6);
    // What the cells held is never repeated back: text in a count may be a name.
    expect(JSON.stringify(preview)).not.toContain('Rosa');
    expect(JSON.stringify(preview)).not.toContain('20231');
    const refused = await t.fail('data.partnerFileImport', { stagedId: preview.stagedId, reason: 'anything' });
    expect(refused.code).toBe('VALIDATION');
    expect(JSON.stringify(refused)).not.toContain('Rosa');
    expect(await stored(t, key.organizationId)).toEqual(before);
  });

  it('refuses a file for another organization or period, with nothing changed', { timeout: 120_000 }, async () => {
    const { t } = subject;
    const { organizations } = await plCoalition(subject);
    await t.call('data.setMeasureSet', { setId: 'capacity', active: true });
    const welfare = { organizationId: organizations.welfare.id, period: QUARTER };
    const filledFor = async (organizationId: string, period = QUARTER) =>
      fill((await generate(t, [organizationId], period)).bytes, { ['Trainings given | Total (trainings)']: 3 });
    const before = [await stored(t, welfare.organizationId), await stored(t, organizations.police.id)];

    expect(await stageFails(t, await filledFor(organizations.police.id), welfare)).toMatchObject({
      code: 'VALIDATION',
      message:
        'This file is for Eugene Police Department, Q1 2026 (Jan–Mar), not for Lane County Child Welfare, Q1 2026 (Jan–Mar). Choose the file Lane County Child Welfare returned for Q1 2026 (Jan–Mar), or change the organization and period.',
    });
    expect(await stageFails(t, await filledFor(organizations.welfare.id, '2025-Q4'), welfare)).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('This file is for Lane County Child Welfare, Q4 2025'),
    });
    expect([await stored(t, welfare.organizationId), await stored(t, organizations.police.id)]).toEqual(before);
  });

  it('refuses a file made by another workspace, or not by the app, with nothing changed', { timeout: 120_000 }, async () => {
    const { t } = subject;
    const { organizations } = await plCoalition(subject);
    const welfare = { organizationId: organizations.welfare.id, period: QUARTER };
    const before = await stored(t, welfare.organizationId);

    const elsewhere = testDesk();
    await createTestWorkspace(elsewhere, 'Another Coalition');
    const theirOrganization = await elsewhere.call('directory.createOrganization', organizationInput());
    await elsewhere.call('data.setMeasureSet', { setId: 'pl-113-183', active: true });
    const theirs = await fill((await generate(elsewhere, [theirOrganization.id])).bytes, { [`${IDENTIFIED} | Total (youth)`]: 3 });
    expect(await stageFails(t, theirs, welfare)).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('This file was made by another coalition’s workspace, not by Riverside Youth Safety Coalition'),
    });

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Figures').getCell('C9').value = 12;
    const notOurs = await stageFails(t, Buffer.from(await plain.xlsx.writeBuffer()), welfare);
    expect(notOurs).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('not a fill-in file made by Coalition Desk') });
    expect((await stageFails(t, Buffer.from('name,count\nRosa,3\n'), welfare)).code).toBe('VALIDATION');
    expect(await stored(t, welfare.organizationId)).toEqual(before);
  });

  it('keeps a figure with the definition the partner read when the definition changed after the file was made', async () => {
    const { t } = subject;
    const { organizations, measures } = await plCoalition(subject);
    const key = { organizationId: organizations.welfare.id, period: QUARTER };
    const template = (await generate(t, [organizations.welfare.id])).bytes;
    const missing = (await t.call('data.catalogue', {})).measures.find((measure) => measure.id === measures['pl.missing']);
    if (!missing) throw new Error('no missing measure');
    const { id, active: _active, setId: _set, builtinKey: _key, definitionVersion: _version, ...fields } = missing;
    await t.call('data.updateMeasure', { id, ...fields, definition: 'Only absences of 24 hours or more.' });
    const preview = await stage(t, await fill(template, { ['Missing-from-care episodes | Total (episodes)']: 6 }), key);
    expect(preview.lines.find((line) => line.measureId === id)).toMatchObject({ change: 'new', earlierDefinition: true });
    await t.call('data.partnerFileImport', { stagedId: preview.stagedId });
    const figure = (await t.call('data.submission', key)).lines.find((line) => line.measure.id === id)?.figure;
    expect(figure).toMatchObject({ total: 6, definitionVersion: 1, definition: expect.stringContaining('Say here which absences count') });
  });
});
