import type { ImportPreviewResult } from '../../../shared/contract';

/** The words of the import and export dialogs, kept together so they read the same everywhere. */
export type ImportKind = 'organizations' | 'members';
export type ImportStatus = ImportPreviewResult['rows'][number]['status'];
export type ImportCounts = ImportPreviewResult['counts'];

/** Above this many rows a call takes long enough to deserve a progress bar. */
export const LARGE_FILE_ROWS = 300;

export const importTitles: Record<ImportKind, string> = { organizations: 'Import organizations', members: 'Import members' };

export const importStatusLabels: Record<ImportStatus, string> = { new: 'New', update: 'Update', duplicate: 'Duplicate', error: 'Problem' };

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/** Rows that the commit will write: new ones and those chosen for update. */
export function rowsToImport(counts: ImportCounts): number {
  return counts.new + counts.update;
}

export function problemSummary(counts: ImportCounts): string {
  const have = counts.error === 1 ? 'has a problem' : 'have problems';
  return `${countOf(counts.error, 'row')} ${have}: nothing can be imported until they are fixed.`;
}

export function previewSummary(counts: ImportCounts): string {
  const total = counts.new + counts.update + counts.duplicate + counts.error;
  const parts = [`${counts.new.toLocaleString('en-US')} new`];
  if (counts.update > 0) parts.push(`${counts.update.toLocaleString('en-US')} to update`);
  if (counts.duplicate > 0) parts.push(`${counts.duplicate.toLocaleString('en-US')} already in the directory (skipped)`);
  if (counts.error > 0) parts.push(`${counts.error.toLocaleString('en-US')} with problems`);
  return `${countOf(total, 'row')} in the file: ${parts.join(', ')}.`;
}

export function importButtonLabel(counts: ImportCounts): string {
  return `Import ${countOf(rowsToImport(counts), 'row')}`;
}

export function importedSummary(result: { created: number; updated: number; skipped: number }): string {
  return `Imported: ${result.created.toLocaleString('en-US')} new, ${result.updated.toLocaleString('en-US')} updated, ${result.skipped.toLocaleString('en-US')} skipped`;
}

export function checkingRowsMessage(rows: number): string {
  return `Checking ${countOf(rows, 'row')}…`;
}
