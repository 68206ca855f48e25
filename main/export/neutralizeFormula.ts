/**
 * Keeps a spreadsheet from running a cell as a formula (CSV injection): as OWASP recommends, a cell
 * that starts with =, +, -, @, a tab or a carriage return gets a leading single quote.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}
