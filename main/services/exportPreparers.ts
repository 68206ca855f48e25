import type { ExportKind, ExportRequestOf } from '../../shared/contract';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { PreparedExport } from '../export/preparedExport';
import { prepareActionItemsExport } from './actionItemsExport';
import { prepareDueDatesCalendar, prepareMeetingCalendar } from './calendarExport';
import { prepareComplianceSummary } from './complianceSummary';
import { prepareConsultationReport } from './consultationReport';
import { prepareMemberDigests } from './memberDigests';
import { prepareMeetingRecord, prepareMeetingsBundle } from './meetingRecordExport';
import { prepareRosterExport } from './rosterExport';
import type { ServiceContext } from './serviceContext';

/**
 * Reads what one export holds inside the export's transaction (`trx`, stamped `at`), on either storage engine. A
 * long list hands back a feed that reads its rows later, outside the transaction, a chunk at a time.
 */
export type Preparer<Request> = (context: ServiceContext, request: Request, trx: StorageExecutor, at: string) => Promise<PreparedExport>;

/** For each kind of export, what reads the workspace and leaves out what must not go. */
export const exportPreparers: { [K in ExportKind]: Preparer<ExportRequestOf<K>> } = {
  'action-items': prepareActionItemsExport,
  roster: prepareRosterExport,
  'meeting-calendar': prepareMeetingCalendar,
  'due-dates-calendar': prepareDueDatesCalendar,
  'consultation-report': prepareConsultationReport,
  'compliance-summary': prepareComplianceSummary,
  'member-digests': prepareMemberDigests,
  'meeting-record': prepareMeetingRecord,
  'meetings-bundle': prepareMeetingsBundle,
};
