import { PeriodExportButton } from '../../components/periodExport/PeriodExportButton';

/** The compliance summary (PDF) for a period: the six duties with their evidence, then the consultations. */
export function ComplianceSummaryButton() {
  return (
    <PeriodExportButton
      title="Compliance summary"
      description="A PDF for auditors and partners: each of the six duties as of the last day, with its status, the reason and the evidence of the period, then the consultation report of the same period. Notes are never included."
      submitLabel="Make summary"
      initialPeriod="last-12-months"
      request={(period) => ({ kind: 'compliance-summary', ...period })}
    />
  );
}
