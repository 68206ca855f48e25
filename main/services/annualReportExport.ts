import type { ChannelParsedInput } from '../../shared/contract';
import { appendAudit } from '../db/auditRepository';
import type { PreparedExport } from '../export/preparedExport';
import { readReport, reportInputs } from './annualReport';
import { exportFileNameOf } from './exportFileName';
import { MEETING_RECORD_MIME_TYPES } from './meetingRecordExport';
import type { ServiceContext } from './serviceContext';
import { inTransaction } from './workspaceTransaction';

/**
 * The annual report as PDF or DOCX: read and noted in the history in one transaction on either engine, then
 * rendered by the export worker (followed with exports.status, fetched with exports.save / exports.download).
 */
export async function exportAnnualReport(
  context: ServiceContext,
  { from, to, format }: ChannelParsedInput<'annualReport.export'>,
): Promise<{ jobId: string; fileName: string }> {
  const inputs = await reportInputs(context);
  const prepared = await inTransaction(context, async (trx, at): Promise<PreparedExport<'annual-report-pdf' | 'annual-report-docx'>> => {
    const model = await readReport(context, trx, { from, to }, inputs);
    const fileName = exportFileNameOf(model.coalitionName, context.now(), `annual report ${from} to ${to}`, format);
    await appendAudit(
      trx,
      {
        profile: context.profile,
        entity: 'export',
        entityId: null,
        action: 'export prepared',
        changes: { request: { kind: 'annual-report', from, to, format }, fileName },
      },
      at,
    );
    return { renderer: `annual-report-${format}`, model, fileName, mimeType: MEETING_RECORD_MIME_TYPES[format] };
  });
  return { jobId: context.exportJobs.start(prepared), fileName: prepared.fileName };
}
