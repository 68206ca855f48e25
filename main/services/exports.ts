import path from 'node:path';
import { z } from 'zod';
import type { ExportedFile, ParsedExportRequest } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { HostServices } from '../app/hostServices';
import { recordAudit } from '../db/auditRepository';
import { readSetting, writeSetting } from '../db/settingsRepository';
import type { PreparedExport } from '../export/exportJob';
import { readUnsealed, saveUnsealed } from '../export/sealedFile';
import { logError } from '../log';
import { exportPreparers } from './exportPreparers';
import type { ServiceContext } from './serviceContext';
import { inWorkspaceTransaction, workspaceDb } from './workspaceTransaction';

const LAST_FOLDER_KEY = 'exports.lastFolder';

/**
 * Exports in three steps: prepare (read the workspace, leave out what must not go, note it in the history) in one
 * transaction on the backend's thread; render in a worker (services/exportJobs.ts), which writes the file as it
 * goes, fed a long list's rows a chunk at a time; then save where the person chooses (desktop) or hand the bytes to
 * the browser's download.
 */
export async function startExport(context: ServiceContext, request: ParsedExportRequest): Promise<{ jobId: string; fileName: string }> {
  const prepare = exportPreparers[request.kind] as (context: ServiceContext, request: ParsedExportRequest) => PreparedExport | Promise<PreparedExport>;
  // Decision: a preparer that reads the storage engine cannot run inside the workspace's synchronous transaction, so
  // the file is prepared first (its reads are one consistent turn on the one connection) and the history noted after.
  const prepared = await prepare(context, request);
  inWorkspaceTransaction(context, (db, at) => {
    recordAudit(db, { profile: context.profile, entity: 'export', entityId: null, action: 'export prepared', changes: { request, fileName: prepared.fileName } }, at);
  });
  return { jobId: context.exportJobs.start(prepared), fileName: prepared.fileName };
}

export async function saveExport(context: ServiceContext, host: HostServices, { jobId }: { jobId: string }): Promise<{ path: string | null }> {
  const file = context.exportJobs.result(jobId);
  const lastFolder = z.string().safeParse(readSetting(workspaceDb(context), LAST_FOLDER_KEY));
  const chosen = await host.chooseSavePath({ fileName: file.fileName, defaultFolder: lastFolder.success ? lastFolder.data : null });
  if (chosen === null) return { path: null };
  try {
    await saveUnsealed(file.file, chosen);
  } catch (error) {
    logError('saving an export failed', error);
    throw new AppError('IO', `The file could not be saved in ${path.dirname(chosen)}. Choose another folder, or check that there is space and you may write there.`);
  }
  context.exportJobs.rememberSaved(chosen);
  inWorkspaceTransaction(context, (db, at) => {
    writeSetting(db, LAST_FOLDER_KEY, path.dirname(chosen), at);
    recordAudit(db, { profile: context.profile, entity: 'export', entityId: null, action: 'export saved', changes: { fileName: path.basename(chosen) } }, at);
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
