import { restoreNeutralizedFormula } from '../export/neutralizeFormula';
import { rosterHeaders } from '../export/rosterRows';
import type { ParsedCsv } from './csvParser';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Our roster CSV starts with a UTF-8 byte-order mark and has exactly the roster export's header row. Both must
 * hold: a file someone made themselves keeps every cell as written, apostrophes included.
 */
export function isOurRosterExport(bytes: Uint8Array, headers: readonly string[]): boolean {
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  return bom && headers.length === rosterHeaders.length && headers.every((header, index) => header === rosterHeaders[index]);
}

/**
 * Decision: when our own roster export is imported again, the apostrophe our formula guard put before a cell
 * ("'=SUM(A1)") is taken off, so the workspace gets back the text it had. This is safe: the workspace stores text
 * and never evaluates it, and every export neutralises such cells again. Other files are left as they are.
 */
export function withoutOurFormulaGuard(bytes: Uint8Array, csv: ParsedCsv): ParsedCsv {
  if (!isOurRosterExport(bytes, csv.headers)) return csv;
  return { ...csv, rows: csv.rows.map((row) => ({ ...row, cells: row.cells.map(restoreNeutralizedFormula) })) };
}
