/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection): as OWASP recommends, a cell
 * that starts with =, +, -, @, a tab or a carriage return gets a leading single quote.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** The reverse, for a file known to be our own export: "'=SUM(A1)" becomes "=SUM(A1)" again; other cells stay. */
export function restoreNeutralizedFormula(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}
