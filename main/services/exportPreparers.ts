import type { ExportKind, ExportRequestOf } from '../../shared/contract';
import type { PreparedExport } from '../export/exportJob';
import { prepareActionItemsExport } from './actionItemsExport';
import { prepareMeetingRecord, prepareMeetingsBundle } from './meetingRecordExport';
import type { ServiceContext } from './serviceContext';

type Preparers = { [K in ExportKind]: (context: ServiceContext, request: ExportRequestOf<K>) => PreparedExport };

/** For each kind of export, what reads the workspace and leaves out what must not go. */
export const exportPreparers: Preparers = {
  'action-items': prepareActionItemsExport,
  'meeting-record': prepareMeetingRecord,
  'meetings-bundle': prepareMeetingsBundle,
};
