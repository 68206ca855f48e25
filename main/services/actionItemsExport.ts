import type { ActionItem, ExportRequestOf } from '../../shared/contract';
import { actionPriorityLabels, actionStatusLabels } from '../../shared/actionLabels';
import { sectorLabel } from '../../shared/stakeholderSectors';
import type { DueDates } from '../db/actionItemRepository';
import type { Db } from '../db/openDatabase';
import type { PreparedExport } from '../export/exportJob';
import { MIME_TYPES, type TableModel } from '../export/tableFile';
import { dueDatesNow } from './actionItemsDueDates';
import { exportFileName } from './exportFileName';
import { queryAllActionItems } from '../db/actionItemQuery';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

const columns: Array<[header: string, cell: (item: ActionItem) => string]> = [
  ['Title', (item) => item.title],
  ['Status', (item) => actionStatusLabels[item.status]],
  ['Priority', (item) => actionPriorityLabels[item.priority]],
  ['Due', (item) => item.dueOn ?? ''],
  ['Overdue', (item) => (item.overdue ? 'Yes' : '')],
  ['Owner', (item) => item.ownerName ?? ''],
  ['Organization', (item) => item.organizationName ?? ''],
  ['Sector', (item) => (item.sector ? sectorLabel(item.sector) : '')],
  ['Source meeting', (item) => item.sourceMeetingTitle ?? ''],
  ['Meeting date', (item) => item.sourceMeetingStartsAt?.slice(0, 10) ?? ''],
  ['Agenda item', (item) => item.sourceAgendaItemTitle ?? ''],
  ['Completed', (item) => item.completedOn ?? ''],
  ['Details', (item) => item.details],
];

/** Every action item a query selects, in its order, as a table (owners by their shown name). */
export function actionItemsTable(db: Db, query: ExportRequestOf<'action-items'>['query'], due: DueDates): TableModel {
  const { dateStyle } = readPreferences(db);
  const items = queryAllActionItems(db, query, due);
  return { sheetName: 'Action items', headers: columns.map(([header]) => header), rows: items.map((item) => columns.map(([, cell]) => cell(item))), dateStyle };
}

/** The action items page's list, with its filters and order, as a spreadsheet. */
export function prepareActionItemsExport(context: ServiceContext, request: ExportRequestOf<'action-items'>): PreparedExport<TableModel> {
  const db = workspaceDb(context);
  return {
    renderer: `table-${request.format}`,
    model: actionItemsTable(db, request.query, dueDatesNow(db, context.now())),
    fileName: exportFileName(context, 'action items', request.format),
    mimeType: MIME_TYPES[request.format],
  };
}
