import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rosterRows } from '../../main/export/rosterRows';
import { unzip } from './support/unzip';
import { cpuMillis } from './support/cpuTime';

describe('the XLSX writer', () => {
  const table = {
    headers: ['Name', 'Notes'],
    rows: [
      ['Casa Muñoz', '=HYPERLINK("http://evil","click")'],
      ['Harbor <Clinic> & Co', ''],
    ],
  };

  it('writes a workbook whose cells are text, never formulas', async () => {
    const { tableToXlsx } = await import('../../main/export/xlsxWriter');
    const files = unzip(await tableToXlsx(table, 'Roster', 'medium'));
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
    // Strings are written inline in the sheet as it streams (a shared table would hold every string in memory).
    const strings = sheet + (files.get('xl/sharedStrings.xml') ?? '');

    expect(files.get('xl/workbook.xml')).toContain('name="Roster"');
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toMatch(/ySplit="1"/);
    expect(strings).toContain('Casa Muñoz');
    expect(strings).toContain('HYPERLINK');
    expect(strings).toContain('Harbor &lt;Clinic&gt; &amp; Co');
  });

  it('writes dates as real dates, a filter on the header row and a default style, as a spreadsheet library reads them back', async () => {
    const { tableToXlsx } = await import('../../main/export/xlsxWriter');
    const bytes = await tableToXlsx(
      {
        headers: ['Title', 'Due', 'Code', 'Notes'],
        rows: [
          ['Book the room', '2026-03-12', '2026-03-12', 'First line\nsecond line'],
          ['Send the protocol', '', 'not a date', ''],
          ['Call the shelter', '2026-12-01', '', ''],
        ],
      },
      'Action items',
      'medium',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Action items');
    if (!sheet) throw new Error('no sheet');

    expect(sheet.getCell('B2').value).toEqual(new Date('2026-03-12T00:00:00Z'));
    expect(sheet.getCell('B2').numFmt).toBe('mmm d, yyyy');
    expect(sheet.getCell('B4').value).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(sheet.getCell('B3').value).toBeNull();
    // A column with one value that is not a date stays text throughout.
    expect(sheet.getCell('C2').value).toBe('2026-03-12');
    expect(sheet.autoFilter).toBe('A1:D4');
    expect(sheet.getCell('A1').font).toMatchObject({ name: 'Calibri', size: 11, bold: true });
    expect(sheet.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } });
    expect(sheet.getCell('A2').font).toMatchObject({ name: 'Calibri', size: 11 });
    expect(sheet.getCell('D2').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('shows date cells in the date style chosen in Settings, as the pages and records write dates', async () => {
    const { tableToXlsx, XLSX_DATE_FORMATS } = await import('../../main/export/xlsxWriter');
    const { dateStyles } = await import('../../shared/dateFormat');
    for (const style of dateStyles) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await tableToXlsx({ headers: ['Due'], rows: [['2026-10-27']] }, 'Dates', style)) as unknown as ArrayBuffer);
      const cell = workbook.getWorksheet('Dates')?.getCell('A2');
      expect(cell?.value).toEqual(new Date('2026-10-27T00:00:00Z'));
      expect(cell?.numFmt).toBe(XLSX_DATE_FORMATS[style]);
    }
    expect(XLSX_DATE_FORMATS).toEqual({ medium: 'mmm d, yyyy', long: 'mmmm d, yyyy', numeric: 'mm/dd/yyyy' });
  });

  it('makes any name a valid sheet name', async () => {
    const { safeSheetName } = await import('../../main/export/xlsxWriter');
    expect(safeSheetName('Roster: 2026/03 [draft]')).toBe('Roster 2026 03 draft');
    expect(safeSheetName('A'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('???')).toBe('Sheet1');
  });

  it('writes the roster of 5,000 members in under 10 s of CPU', async () => {
    const { tableToXlsx } = await import('../../main/export/xlsxWriter');
    const roster = rosterRows([], [], { includeProtected: false });
    const rows = Array.from({ length: 5_000 }, (_, index) => roster.headers.map((header) => `${header} ${index}`));
    const { result: workbook, ms } = await cpuMillis(() => tableToXlsx({ headers: roster.headers, rows }, 'Roster', 'medium'));
    expect(ms).toBeLessThan(10_000);
    expect(unzip(workbook).get('xl/worksheets/sheet1.xml')).toContain('r="5001"');
  });
});
