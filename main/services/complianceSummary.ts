import type { ExportRequestOf } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { PreparedExport } from '../export/preparedExport';
import { readConsultationReport } from './consultationReport';
import { reviewDuties } from './dutyChecklist';
import { exportFileNameOf } from './exportFileName';
import type { ServiceContext } from './serviceContext';

/**
 * The compliance summary for a period: the six duties judged as of its last day from the evidence of the period,
 * then the consultation report of the same period, both read in the export's one transaction on either engine.
 */
export async function prepareComplianceSummary(
  context: ServiceContext,
  request: ExportRequestOf<'compliance-summary'>,
  trx: StorageExecutor,
): Promise<PreparedExport<'compliance-summary-pdf'>> {
  const duties = await reviewDuties(trx, request);
  const consultations = await readConsultationReport(context, trx, request);
  return {
    renderer: 'compliance-summary-pdf',
    model: { consultations, duties },
    fileName: exportFileNameOf(consultations.coalitionName, context.now(), `compliance summary ${request.from} to ${request.to}`, 'pdf'),
    mimeType: 'application/pdf',
  };
}
