import path from 'node:path';
import { z } from 'zod';
import type { ExportedFile, ParsedExportRequest } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { HostServices } from './hostServices';
import { appendAudit } from '../db/auditRepository';
import { loadSetting, saveSetting } from '../db/settingsRepository';
import { readUnsealed, saveUnsealed } from '../export/sealedFile';
import { logError } from '../log';
import { type Preparer, exportPreparers } from './exportPreparers';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

const LAST_FOLDER_KEY = 'exports.lastFolder';

/**
 * Exports in three steps: prepare (read the storage engine, leave out what must not go, note it in the history) in
 * one transaction on the backend's thread, on either engine; render in a worker (services/exportJobs.ts), which writes the file as it
 * goes, fed a long list's rows a chunk at a time; then save where the person chooses (desktop) or hand the bytes to
 * the browser's download.
 */
export async function startExport(context: ServiceContext, request: ParsedExportRequest): Promise<{ jobId: string; fileName: string }> {
  const prepare = exportPreparers[request.kind] as Preparer<ParsedExportRequest>;
  // One transaction on either engine: what the file holds and the history line that says it was made. A long list's
  // rows are read later, a chunk at a time, as the worker asks for them.
  const prepared = await inTransaction(context, async (trx, at) => {
    const made = await prepare(context, request, trx, at);
    await appendAudit(
      trx,
      { profile: context.profile, entity: 'export', entityId: null, action: 'export prepared', changes: { request, fileName: made.fileName } },
      at,
    );
    return made;
  });
  return { jobId: context.exportJobs.start(prepared), fileName: prepared.fileName };
}

export async function saveExport(context: ServiceContext, host: HostServices, { jobId }: { jobId: string }): Promise<{ path: string | null }> {
  const file = context.exportJobs.result(jobId);
  const lastFolder = z.string().safeParse(await loadSetting(storage(context), LAST_FOLDER_KEY));
  const chosen = await host.chooseSavePath({ fileName: file.fileName, defaultFolder: lastFolder.success ? lastFolder.data : null });
  if (chosen === null) return { path: null };
  try {
    await saveUnsealed(file.file, chosen);
  } catch (error) {
    logError('saving an export failed', error);
    throw new AppError(
      'IO',
      `The file could not be saved in ${path.dirname(chosen)}. Choose another folder, or check that there is space and you may write there.`,
    );
  }
  context.exportJobs.rememberSaved(chosen);
  await inTransaction(context, async (trx, at) => {
    await saveSetting(trx, LAST_FOLDER_KEY, path.dirname(chosen), at);
    await appendAudit(
      trx,
      { profile: context.profile, entity: 'export', entityId: null, action: 'export saved', changes: { fileName: path.basename(chosen) } },
      at,
    );
  });
  return { path: chosen };
}

export async function downloadExport(context: ServiceContext, { jobId }: { jobId: string }): Promise<Omit<ExportedFile, 'rows'>> {
  const file = context.exportJobs.result(jobId);
  return { fileName: file.fileName, mimeType: file.mimeType, contentBase64: (await readUnsealed(file.file)).toString('base64') };
}

export async function showExportInFolder(context: ServiceContext, host: HostServices, { path: filePath }: { path: string }): Promise<{ done: true }> {
  if (!context.exportJobs.wasSaved(filePath)) throw new AppError('NOT_FOUND', 'That file was not saved by this session, so it cannot be shown.');
  await host.showInFolder(filePath);
  return { done: true };
}
