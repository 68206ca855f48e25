/** Reading typed values out of CSV cells: yes/no and dates in the forms spreadsheets write. */
export type CellValue<T> = { ok: true; value: T } | { ok: false; message: string };

const yes = new Set(['yes', 'y', 'true', 't', 'x', '1', 'on', 'checked']);
const no = new Set(['no', 'n', 'false', 'f', '0', 'off', 'unchecked', '-']);

export function parseYesNo(label: string, text: string): CellValue<boolean> {
  const folded = text.trim().toLowerCase();
  if (yes.has(folded)) return { ok: true, value: true };
  if (no.has(folded)) return { ok: true, value: false };
  return { ok: false, message: `${label}: use yes or no, not '${text}'.` };
}

const isoDate = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const usDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: [\d:]+(?: ?[AP]M)?)?$/i;

function calendarDate(year: string, month: string, day: string): string | null {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const valid = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return valid ? date.toISOString().slice(0, 10) : null;
}

function yearMonthDay(text: string): [string, string, string] | null {
  const iso = isoDate.exec(text);
  if (iso) return [iso[1] ?? '', iso[2] ?? '', iso[3] ?? ''];
  const us = usDate.exec(text);
  if (us) return [us[3] ?? '', us[1] ?? '', us[2] ?? ''];
  return null;
}

/** Accepts 2026-03-31 (or 2026/3/31) and the US 3/31/2026, for days that exist. */
export function parseDate(label: string, text: string): CellValue<string> {
  const parts = yearMonthDay(text.trim());
  const value = parts && calendarDate(...parts);
  return value ? { ok: true, value } : { ok: false, message: `${label}: use a date like 2026-03-31 or 3/31/2026, not '${text}'.` };
}
