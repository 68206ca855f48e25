import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/errors';
import { parseCsv, type ParsedCsv } from '../import/csvParser';
import { withoutOurFormulaGuard } from '../import/ourExportGuard';
import type { ServiceContext } from './serviceContext';

/**
 * Files sent once for an import and kept, read, while the wizard previews and commits them. They belong to the
 * open workspace (or server database): locking drops them with it (nothing of the file outlives the session), and a few at most are kept.
 */
export interface StagedImport {
  id: string;
  fileName: string;
  csv: ParsedCsv;
}

const KEPT_FILES = 3;
const stagedByWorkspace = new WeakMap<object, Map<string, StagedImport>>();

export function readImportFile(bytes: Uint8Array): ParsedCsv {
  const parsed = parseCsv(bytes);
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.error.message, { fieldErrors: { file: [parsed.error.message] } });
  return withoutOurFormulaGuard(bytes, parsed.csv);
}

function stagedFiles(context: ServiceContext): Map<string, StagedImport> {
  const workspace = context.session.requireOpened();
  let files = stagedByWorkspace.get(workspace);
  if (!files) {
    files = new Map();
    stagedByWorkspace.set(workspace, files);
  }
  return files;
}

export function stageImport(context: ServiceContext, input: { fileName: string; contentBase64: string }): { stagedId: string; fileName: string; rows: number } {
  const csv = readImportFile(Buffer.from(input.contentBase64, 'base64'));
  const files = stagedFiles(context);
  const staged = { id: randomUUID(), fileName: input.fileName, csv };
  files.set(staged.id, staged);
  for (const id of [...files.keys()].slice(0, Math.max(0, files.size - KEPT_FILES))) files.delete(id);
  return { stagedId: staged.id, fileName: staged.fileName, rows: csv.rows.length };
}

export function stagedImport(context: ServiceContext, id: string): StagedImport {
  const staged = stagedFiles(context).get(id);
  if (!staged)
    throw new AppError(
      'NOT_FOUND',
      'That file is no longer open for import (the workspace was locked, or another file was chosen since). Choose the file again.',
    );
  return staged;
}

export function dropStagedImport(context: ServiceContext, id: string): void {
  stagedFiles(context).delete(id);
}
