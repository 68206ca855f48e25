import { execFileSync } from 'node:child_process';
import type { ExportRequest } from '../../../shared/contract';
import { bundledExportWorker } from '../../support/exportWorkerBundle';
import type { TestDesk } from './testDesk';

/** The bundled export worker (test/support/exportWorkerBundle.ts), as testDesk wires it in. */
export const testExportWorkerFile = bundledExportWorker;

export interface ExportedTestFile {
  fileName: string;
  mimeType: string;
  bytes: Buffer;
}

/** Starts an export through its channel, waits for the worker to finish, and downloads the file as browser mode does. */
export async function runExport(t: TestDesk, request: ExportRequest): Promise<ExportedTestFile> {
  const { jobId } = await t.call('exports.start', request);
  const status = await settled(t, jobId);
  if (status.state !== 'finished') throw new Error(`export ${request.kind} ended ${status.state}: ${'message' in status ? status.message : ''}`);
  const file = await t.call('exports.download', { jobId });
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: Buffer.from(file.contentBase64, 'base64') };
}

/** Polls a job until it has ended (a job queued behind the busy workers waits first), as the renderer does. */
export async function settled(t: TestDesk, jobId: string) {
  for (;;) {
    const status = await t.call('exports.status', { jobId });
    if (status.state !== 'running' && status.state !== 'waiting') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The text of a PDF, read by poppler's pdftotext (an independent reader), page breaks as form feeds. */
export function pdfText(bytes: Uint8Array): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: bytes, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}
