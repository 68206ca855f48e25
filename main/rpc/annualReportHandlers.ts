import { annualReportOutline } from '../services/annualReport';
import { exportAnnualReport } from '../services/annualReportExport';
import { getNarrative, saveNarrative } from '../services/annualReportNarrative';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type AnnualReportHandlers = Pick<Handlers, `annualReport.${string}` & keyof Handlers>;

/** The annual report: one line per channel, the rules live in services/annualReport*.ts. */
export function createAnnualReportHandlers(context: ServiceContext): AnnualReportHandlers {
  return {
    'annualReport.narrative': (input) => getNarrative(context, input),
    'annualReport.saveNarrative': (input) => saveNarrative(context, input),
    'annualReport.outline': (input) => annualReportOutline(context, input),
    'annualReport.export': (input) => exportAnnualReport(context, input),
  };
}
