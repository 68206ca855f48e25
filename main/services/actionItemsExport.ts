import type { ActionItem, ExportRequestOf } from '../../shared/contract';
import { actionPriorityLabels, actionStatusLabels } from '../../shared/actionLabels';
import { sectorLabel } from '../../shared/stakeholderSectors';
import type { DueDates } from '../db/actionItemRepository';
import { readActionItemIds } from '../db/actionItemQuery';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadActionItems } from './actionItemView';
import { loadPreferences } from './preferences';
import type { RowFeed, TableRow } from '../export/exportJob';
import type { PreparedExport } from '../export/preparedExport';
import type { DateStyle } from '../../shared/dateFormat';
import { MIME_TYPES, type TableModel } from '../export/tableFile';
import { loadDueDates } from './actionItemsDueDates';
import { exportFileNameIn } from './exportFileName';
import { feedInChunks } from './rowFeed';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

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
 * The rows of the listed items, read a chunk at a time from the storage engine as it then is (owners by their shown
 * name). An item deleted since the export began is left out; the list and its order are those of the start.
 */
export function actionItemRows(readDb: () => StorageExecutor, ids: readonly string[], due: DueDates): RowFeed {
  return feedInChunks(ids, async (chunk) => (await loadActionItems(readDb(), chunk, due)).map(rowOf));
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
export async function prepareActionItemsExport(
  context: ServiceContext,
  request: ExportRequestOf<'action-items'>,
  trx: StorageExecutor,
): Promise<PreparedExport<'table-csv' | 'table-xlsx'>> {
  const due = await loadDueDates(trx, context.now());
  const ids = await readActionItemIds(trx, request.query, due);
  return {
    renderer: `table-${request.format}`,
    model: actionItemsTableModel(ids.length, (await loadPreferences(trx)).dateStyle),
    feed: actionItemRows(() => storage(context), ids, due),
    fileName: await exportFileNameIn(trx, context.now(), 'action items', request.format),
    mimeType: MIME_TYPES[request.format],
  };
}
