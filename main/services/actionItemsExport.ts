import type { ActionItem, ExportRequestOf } from '../../shared/contract';
import { actionPriorityLabels, actionStatusLabels } from '../../shared/actionLabels';
import { sectorLabel } from '../../shared/stakeholderSectors';
import type { DueDates } from '../db/actionItemRepository';
import { actionItemIdsNow } from '../db/actionItemQuery';
import { actionItemsNow } from './actionItemView';
import { readPreferences } from './preferences';
import type { Db } from '../db/openDatabase';
import type { PreparedExport, RowFeed, TableRow } from '../export/exportJob';
import type { DateStyle } from '../../shared/dateFormat';
import { MIME_TYPES, type TableModel } from '../export/tableFile';
import { dueDatesNow } from './actionItemsDueDates';
import { exportFileName } from './exportFileName';
import type { ServiceContext } from './serviceContext';
import { workspaceDb } from './workspaceTransaction';

const columns: Array<[header: string, cell: (item: ActionItem) => string, kind?: 'date']> = [
  ['Title', (item) => item.title],
  ['Status', (item) => actionStatusLabels[item.status]],
  ['Priority', (item) => actionPriorityLabels[item.priority]],
  ['Due', (item) => item.dueOn ?? '', 'date'],
  ['Overdue', (item) => (item.overdue ? 'Yes' : '')],
  ['Owner', (item) => item.ownerName ?? ''],
  ['Organization', (item) => item.organizationName ?? ''],
  ['Sector', (item) => (item.sector ? sectorLabel(item.sector) : '')],
  ['Source meeting', (item) => item.sourceMeetingTitle ?? ''],
  ['Meeting date', (item) => item.sourceMeetingStartsAt?.slice(0, 10) ?? '', 'date'],
  ['Agenda item', (item) => item.sourceAgendaItemTitle ?? ''],
  ['Completed', (item) => item.completedOn ?? '', 'date'],
  ['Details', (item) => item.details],
];

const rowOf = (item: ActionItem): TableRow => columns.map(([, cell]) => cell(item));

/**
 * The rows of the listed items, read a chunk at a time from the workspace as it then is (owners by their shown
 * name). An item deleted since the export began is left out; the list and its order are those of the start.
 */
export function actionItemRows(readDb: () => Db, ids: readonly string[], due: DueDates): RowFeed {
  let next = 0;
  return (most) => {
    // An empty chunk ends the list, so a chunk whose items were all deleted meanwhile is passed over.
    while (next < ids.length) {
      const chunk = ids.slice(next, next + most);
      next += chunk.length;
      const rows = actionItemsNow(readDb(), chunk, due).map(rowOf);
      if (rows.length > 0) return rows;
    }
    return [];
  };
}

/** The table an action items export writes, its rows all fed. */
export const actionItemsTableModel = (fedRows: number, dateStyle: DateStyle): TableModel => ({
  sheetName: 'Action items',
  dateStyle,
  headers: columns.map(([header]) => header),
  rows: [],
  fedRows,
  dateColumns: columns.map(([, , kind]) => kind === 'date'),
});

/**
 * The action items page's list, with its filters and order, as a spreadsheet. Preparing reads only the ids in
 * order; the rows go to the export worker as it asks for them, so no list is ever whole in memory.
 */
export function prepareActionItemsExport(context: ServiceContext, request: ExportRequestOf<'action-items'>): PreparedExport<TableModel> {
  const db = workspaceDb(context);
  const due = dueDatesNow(db, context.now());
  const ids = actionItemIdsNow(db, request.query, due);
  return {
    renderer: `table-${request.format}`,
    model: actionItemsTableModel(ids.length, readPreferences(db).dateStyle),
    feed: actionItemRows(() => workspaceDb(context), ids, due),
    fileName: exportFileName(context, 'action items', request.format),
    mimeType: MIME_TYPES[request.format],
  };
}
