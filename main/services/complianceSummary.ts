import type { ExportRequestOf } from '../../shared/contract';
import type { ComplianceSummaryModel } from '../export/complianceSummary/complianceSummaryPdf';
import type { PreparedExport } from '../export/exportJob';
import { readConsultationReport } from './consultationReport';
import { reviewDuties } from './dutyChecklist';
import { exportFileName } from './exportFileName';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/**
 * The compliance summary for a period: the six duties judged as of its last day from the evidence of the period,
 * then the consultation report of the same period. The duties are read on the storage engine first; the
 * consultations on the workspace connection after (meetings' report reads have not moved yet), both before
 * anything is rendered.
 */
export async function prepareComplianceSummary(context: ServiceContext, request: ExportRequestOf<'compliance-summary'>): Promise<PreparedExport<ComplianceSummaryModel>> {
  const duties = await reviewDuties(storage(context), request);
  const consultations = readConsultationReport(context, request);
  return {
    renderer: 'compliance-summary-pdf',
    model: { consultations, duties },
    fileName: exportFileName(context, `compliance summary ${request.from} to ${request.to}`, 'pdf'),
    mimeType: 'application/pdf',
  };
}
