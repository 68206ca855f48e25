import type { ImportPreviewResult } from '../../../shared/contract';

/** The words of the import and export dialogs, kept together so they read the same everywhere. */
export type ImportKind = 'organizations' | 'members';
/** What one file holds: the page's own records, or people with their organization on the same row. */
export type FileKind = ImportKind | 'people';
export type ImportStatus = ImportPreviewResult['rows'][number]['status'];
export type ImportCounts = ImportPreviewResult['counts'];

/** Above this many rows a call takes long enough to deserve a progress bar. */
export const LARGE_FILE_ROWS = 300;

export const importTitles: Record<FileKind, string> = {
  organizations: 'Import organizations',
  members: 'Import members',
  people: 'Import people with their organizations',
};

export const fileKindChoices: Record<ImportKind, Partial<Record<FileKind, string>>> = {
  organizations: {
    organizations: 'Organizations only: one row per organization',
    people: 'People with their organizations: one row per person, the organization on the same row',
  },
  members: {
    members: 'Members only: their organizations are already in the directory',
    people: 'People with their organizations: one row per person, the organization on the same row',
  },
};

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
  return `${countOf(counts.error, 'row')} ${have}. Fix them in the file and choose it again, or import the good rows and skip these.`;
}

export function skipProblemsLabel(counts: ImportCounts): string {
  return `Import the ${countOf(rowsToImport(counts), 'good row')}, skip ${countOf(counts.error, 'row')} with problems`;
}

export function organizationsSummary(organizations: { new: number; matched: number }): string {
  return `Organizations: ${organizations.new.toLocaleString('en-US')} new, ${organizations.matched.toLocaleString('en-US')} already in the directory.`;
}

export function previewSummary(counts: ImportCounts): string {
  const total = counts.new + counts.update + counts.duplicate + counts.error;
  const parts = [`${counts.new.toLocaleString('en-US')} new`];
  if (counts.update > 0) parts.push(`${counts.update.toLocaleString('en-US')} to update`);
  if (counts.duplicate > 0) parts.push(`${countOf(counts.duplicate, 'duplicate')} (skipped)`);
  if (counts.error > 0) parts.push(`${counts.error.toLocaleString('en-US')} with problems`);
  return `${countOf(total, 'row')} in the file: ${parts.join(', ')}.`;
}

export function importButtonLabel(counts: ImportCounts): string {
  return `Import ${countOf(rowsToImport(counts), 'row')}`;
}

export function importedSummary(result: { created: number; updated: number; skipped: number; problems?: number; organizationsCreated?: number }): string {
  const parts = [
    `${result.created.toLocaleString('en-US')} new`,
    `${result.updated.toLocaleString('en-US')} updated`,
    `${result.skipped.toLocaleString('en-US')} skipped`,
  ];
  if (result.problems) parts.push(`${result.problems.toLocaleString('en-US')} left out for problems`);
  const organizations = result.organizationsCreated ? ` (and ${countOf(result.organizationsCreated, 'new organization')})` : '';
  return `Imported: ${parts.join(', ')}${organizations}`;
}

export function checkingRowsMessage(rows: number): string {
  return `Checking ${countOf(rows, 'row')}…`;
}

/** What the import is doing now, as rows: checked first (nothing written yet), then written. */
export function importProgressMessage(progress: { phase: 'checking' | 'writing'; done: number; total: number } | null): string {
  if (!progress) return 'Starting the import…';
  const row = `row ${Math.max(1, progress.done).toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}`;
  return progress.phase === 'checking' ? `Checking ${row}…` : `Importing ${row}…`;
}

export const importCancelledMessage = 'Import cancelled. Nothing was added to the directory; you can import the file again when you are ready.';
export const importWritingNote = 'The rows are being saved now. This last step finishes on its own in a moment.';
