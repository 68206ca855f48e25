import { describe, expect, it } from 'vitest';
import { MEETINGS_FILE, NO_MEETINGS, SUMMARY_FILE, meetingHeaders, summaryHeaders } from '../../main/export/consultationReport/consultationReportTable';
import { parseCsv } from '../../main/import/csvParser';
import { consultationCoalition } from './support/consultationCoalition';
import { pdfText, runExport } from './support/exportJobs';
import { squeezed } from './support/pdfPages';
import { unzip } from './support/unzip';

const CONFIDENTIAL = 'CONFIDENTIAL-MARKER-5519';
const quarter = { kind: 'consultation-report', from: '2026-01-01', to: '2026-03-31' } as const;

/** The CSV files in the zip, by name: each one table, its header first. */
function csvFiles(bytes: Buffer): Map<string, string[][]> {
  return new Map([...unzip(bytes)].map(([name, text]) => [name, csvRows(Buffer.from(text, 'utf8'))]));
}

function csvRows(bytes: Buffer): string[][] {
  const parsed = parseCsv(bytes);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return [parsed.csv.headers, ...parsed.csv.rows.map((row) => row.cells)];
}

describe('the consultation report', () => {
  it('as CSV: one table per file in a zip, a row per meeting held and sector present, and the summary with the sectors never consulted', async () => {
    const { t } = await consultationCoalition(CONFIDENTIAL);
    const file = await runExport(t, { ...quarter, format: 'csv' });
    expect(file.fileName).toBe('Riverside Youth Safety Coalition consultation report 2026-01-01 to 2026-03-31 2026-04-02.zip');
    expect(file.mimeType).toBe('application/zip');
    const files = csvFiles(file.bytes);
    expect([...files.keys()]).toEqual([MEETINGS_FILE, SUMMARY_FILE]);
    const text = [...unzip(file.bytes).values()].join('\n');
    expect(text).not.toContain(CONFIDENTIAL);
    expect(text).not.toContain('Jordan Hidden');
    expect(text).not.toContain('December meeting');
    expect(text).not.toContain('Planned meeting in March');
    expect(text).not.toContain('Cancelled meeting');

    const rows = files.get(MEETINGS_FILE) ?? [];
    expect(rows[0]).toEqual(meetingHeaders);
    for (const row of rows) expect(row).toHaveLength(meetingHeaders.length);
    const meetingRows = rows.slice(1);
    expect(meetingRows.map((row) => [row[0], row[2], row[4], row[5], row[6], row[7]])).toEqual([
      ['2026-01-15', 'Consultation on screening', 'Approved', 'Child welfare', 'Lane County Child Welfare', 'Rosa Muñoz'],
      ['2026-01-15', 'Consultation on screening', 'Approved', 'Law enforcement, juvenile justice and probation', 'Eugene Police Department', 'Ben Okafor'],
      ['2026-01-15', 'Consultation on screening', 'Approved', 'Education', 'Springfield Public Schools', 'Dana Whitfield'],
      ['2026-01-15', 'Consultation on screening', 'Approved', 'Sector not recorded', 'No organization', 'Youth Advisor J'],
      ['2026-02-12', 'February coalition meeting', 'Minutes draft', 'Child welfare', 'Lane County Child Welfare', 'Rosa Muñoz'],
      [
        '2026-02-12',
        'February coalition meeting',
        'Minutes draft',
        'Law enforcement, juvenile justice and probation',
        'Eugene Police Department',
        'Sam Lee (for Ben Okafor)',
      ],
    ]);
    const [january] = meetingRows;
    expect(january?.[3]).toBe('Consultation with partners');
    expect(january?.[8]).toBe('\'=HYPERLINK("http://evil.example")\nScreening tool for intake');
    expect(january?.[9]).toBe('Adopt the screening tool, version 2 (Adopted)');

    const summaryRows = files.get(SUMMARY_FILE) ?? [];
    expect(summaryRows[0]).toEqual(summaryHeaders);
    for (const row of summaryRows) expect(row).toHaveLength(summaryHeaders.length);
    const summary = new Map(summaryRows.slice(1).map((row) => [row[0], row]));
    expect(summary.get('Child welfare')?.slice(1)).toEqual(['Core sector', '2', 'Lane County Child Welfare', '2026-02-12', 'Yes']);
    expect(summary.get('Law enforcement, juvenile justice and probation')?.[2]).toBe('2');
    expect(summary.get('Education')?.slice(2, 6)).toEqual(['1', 'Springfield Public Schools', '2026-01-15', 'Yes']);
    expect(summary.get('Runaway and homeless youth services')?.slice(1)).toEqual(['Core sector', '0', '', '', 'Never consulted']);
    expect(summary.get('Faith leaders')?.slice(1)).toEqual(['Community group', '0', '', '', 'Never consulted']);
    expect(summary.size).toBe(20);
  });

  it('as PDF: the summary, the sectors never consulted, and each meeting with agencies by sector, topics and decisions', async () => {
    const { t } = await consultationCoalition(CONFIDENTIAL);
    const file = await runExport(t, { ...quarter, format: 'pdf' });
    expect(file.mimeType).toBe('application/pdf');
    const text = pdfText(file.bytes);
    const words = squeezed(text);
    expect(words).toContain('Consultation report');
    expect(words).toContain('Jan 1, 2026 to Mar 31, 2026');
    expect(words).toContain('P.L. 113-183');
    expect(words).toMatch(/Core sectors consulted 3 of 13/);
    const never = words.slice(words.indexOf('Sectors never consulted'), words.indexOf('Consultation by sector'));
    expect(never).toContain('Runaway and homeless youth services');
    expect(never).toContain('Faith leaders');
    expect(never).not.toContain('Education');
    expect(words).toContain('Consultation on screening');
    expect(words).toContain('Lane County Child Welfare: Rosa Muñoz');
    expect(words).toContain('Sam Lee (for Ben Okafor)');
    expect(words).toContain('Youth Advisor J');
    expect(words).toContain('Screening tool for intake');
    expect(words).toContain('Adopt the screening tool, version 2 (Adopted)');
    expect(text).not.toContain(CONFIDENTIAL);
    expect(text).not.toContain('Jordan Hidden');
    expect(text).not.toContain('December meeting');
  });

  it('says when no meeting took place in the period, and refuses a period that ends before it starts', async () => {
    const { t } = await consultationCoalition(CONFIDENTIAL);
    const empty = csvFiles((await runExport(t, { kind: 'consultation-report', from: '2024-01-01', to: '2024-12-31', format: 'csv' })).bytes);
    expect(empty.get(MEETINGS_FILE)?.[1]?.[0]).toBe(NO_MEETINGS);
    const backwards = await t.fail('exports.start', { kind: 'consultation-report', from: '2026-03-31', to: '2026-01-01', format: 'pdf' });
    expect(backwards).toMatchObject({ code: 'VALIDATION', fieldErrors: { to: [expect.stringContaining('ends before it starts')] } });
    expect((await t.fail('exports.start', { kind: 'consultation-report', from: '2026-02-30', to: '2026-03-01', format: 'pdf' })).code).toBe('VALIDATION');
  });
});
