import ExcelJS from 'exceljs';
import { readDocx } from './docxText';
import { pdfText } from './exportJobs';

/** How each exported file is read back, by readers that are not ours: poppler, exceljs, the DOCX's own XML. */
export type ExportReader = 'text' | 'ics' | 'pdf' | 'xlsx' | 'docx';

/** Every cell of every sheet, one line per row. */
async function xlsxText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    lines.push(sheet.name);
    sheet.eachRow((row) =>
      lines.push(
        (row.values as unknown[])
          .map((value) => (value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)))
          .join('\t'),
      ),
    );
  });
  return lines.join('\n');
}

/** The readable text of an exported file. ICS lines folded at 75 octets are unfolded first. */
export async function exportedText(reader: ExportReader, bytes: Uint8Array): Promise<string> {
  switch (reader) {
    case 'text':
      return Buffer.from(bytes).toString('utf8');
    case 'ics':
      return Buffer.from(bytes)
        .toString('utf8')
        .replace(/\r?\n[ \t]/g, '');
    case 'pdf':
      return pdfText(bytes);
    case 'xlsx':
      return xlsxText(bytes);
    case 'docx':
      return readDocx(bytes).everything;
  }
}

/** Whether `marker` is in `text`, also when a layout broke it across lines or cells (whitespace ignored). */
export function containsMarker(text: string, marker: string): boolean {
  const squeeze = (value: string) => value.replace(/\s+/g, '');
  return text.includes(marker) || squeeze(text).includes(squeeze(marker));
}
