import { useState } from 'react';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { PeriodExportButton } from '../../components/periodExport/PeriodExportButton';

const formats = {
  pdf: 'PDF, to print or send to auditors',
  csv: 'CSV, for a spreadsheet: a .zip with two tables, the meetings and the summary by sector',
} as const;

/** Opens the consultation report: who was consulted, when and on what, for the auditors. */
export function ConsultationReportButton() {
  const [format, setFormat] = useState<keyof typeof formats>('pdf');
  return (
    <PeriodExportButton
      title="Consultation report"
      description="The record a lead child welfare agency keeps of its consultation with partner agencies (P.L. 113-183): every meeting held in the period with the agencies present by sector, the agenda topics and the decisions, and which sectors were consulted how often or not at all. Notes are never included; protected members appear by display name."
      submitLabel="Make report"
      initialPeriod="this-year"
      choices={<ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} />}
      request={(period) => ({ kind: 'consultation-report', ...period, format })}
    />
  );
}
