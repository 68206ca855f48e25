import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rosterRows } from '../../main/export/rosterRows';

/** The XLSX writer needs the write-excel-file package; until it is installed these tests are skipped. */
function isInstalled(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

const endOfCentralDirectory = 0x06054b50;

/** Reads the files of a zip archive (an .xlsx is one) through its central directory. */
function unzip(archive: Buffer): Map<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(archive.readUInt32LE(end)).toBe(endOfCentralDirectory);
  const files = new Map<string, string>();
  let entry = archive.readUInt32LE(end + 16);
  for (let index = 0; index < archive.readUInt16LE(end + 10); index++) {
    const method = archive.readUInt16LE(entry + 10);
    const size = archive.readUInt32LE(entry + 20);
    const nameLength = archive.readUInt16LE(entry + 28);
    const name = archive.toString('utf8', entry + 46, entry + 46 + nameLength);
    const local = archive.readUInt32LE(entry + 42);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    files.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    entry += 46 + nameLength + archive.readUInt16LE(entry + 30) + archive.readUInt16LE(entry + 32);
  }
  return files;
}

describe.skipIf(!isInstalled('write-excel-file/node'))('the XLSX writer (needs write-excel-file@4.1.1)', () => {
  const table = {
    headers: ['Name', 'Notes'],
    rows: [
      ['Casa Muñoz', '=HYPERLINK("http://evil","click")'],
      ['Harbor <Clinic> & Co', ''],
    ],
  };

  it('writes a workbook whose cells are text, never formulas', async () => {
    const { tableToXlsx } = await import('../../main/export/xlsxWriter');
    const files = unzip(await tableToXlsx(table, 'Roster'));
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
    const strings = files.get('xl/sharedStrings.xml') ?? '';

    expect(files.get('xl/workbook.xml')).toContain('name="Roster"');
    expect(sheet).not.toMatch(/<f[ >]/);
    expect(sheet).toMatch(/ySplit="1"/);
    expect(strings).toContain('Casa Muñoz');
    expect(strings).toContain('HYPERLINK');
    expect(strings).toContain('Harbor &lt;Clinic&gt; &amp; Co');
  });

  it('makes any name a valid sheet name', async () => {
    const { safeSheetName } = await import('../../main/export/xlsxWriter');
    expect(safeSheetName('Roster: 2026/03 [draft]')).toBe('Roster 2026 03 draft');
    expect(safeSheetName('A'.repeat(40))).toHaveLength(31);
    expect(safeSheetName('???')).toBe('Sheet1');
  });

  it('writes the roster of 5,000 members quickly', async () => {
    const { tableToXlsx } = await import('../../main/export/xlsxWriter');
    const roster = rosterRows([], [], { includeProtected: false });
    const rows = Array.from({ length: 5_000 }, (_, index) => roster.headers.map((header) => `${header} ${index}`));
    const started = performance.now();
    const workbook = await tableToXlsx({ headers: roster.headers, rows }, 'Roster');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(unzip(workbook).get('xl/worksheets/sheet1.xml')).toContain('r="5001"');
  });
});
