import type { ExportKind, ExportRequestOf } from '../../shared/contract';
import type { PreparedExport } from '../export/exportJob';
import { prepareActionItemsExport } from './actionItemsExport';
import { prepareDueDatesCalendar, prepareMeetingCalendar } from './calendarExport';
import { prepareComplianceSummary } from './complianceSummary';
import { prepareConsultationReport } from './consultationReport';
import { prepareMemberDigests } from './memberDigests';
import { prepareMeetingRecord, prepareMeetingsBundle } from './meetingRecordExport';
import type { ServiceContext } from './serviceContext';

/** Most read the workspace synchronously; one that reads areas on the storage engine answers a promise. */
type Preparers = { [K in ExportKind]: (context: ServiceContext, request: ExportRequestOf<K>) => PreparedExport | Promise<PreparedExport> };

/** For each kind of export, what reads the workspace and leaves out what must not go. */
export const exportPreparers: Preparers = {
  'action-items': prepareActionItemsExport,
  'meeting-calendar': prepareMeetingCalendar,
  'due-dates-calendar': prepareDueDatesCalendar,
  'consultation-report': prepareConsultationReport,
  'compliance-summary': prepareComplianceSummary,
  'member-digests': prepareMemberDigests,
  'meeting-record': prepareMeetingRecord,
  'meetings-bundle': prepareMeetingsBundle,
};
