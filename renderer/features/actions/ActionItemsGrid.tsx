import useMediaQuery from '@mui/material/useMediaQuery';
import { DataGrid, type GridColumnVisibilityModel, type GridRowSelectionModel, type GridSortModel } from '@mui/x-data-grid';
import { useMemo } from 'react';
import { actionSortFields, type ActionItem } from '../../../shared/contract';
import { actionItemColumns } from './actionItemColumns';
import { PAGE_SIZE, type ActionGrouping, type ActionSort } from './actionItemFilters';
import { useStateFor } from './useStateFor';

interface ActionItemsGridProps {
  rows: readonly ActionItem[];
  total: number;
  loading: boolean;
  groupBy: ActionGrouping;
  sort: ActionSort;
  onSort: (sort: ActionSort) => void;
  page: number;
  onPage: (page: number) => void;
  selectedIds: ReadonlySet<string>;
  onSelect: (ids: Set<string>) => void;
  onOpen: (item: ActionItem) => void;
}

type SortField = ActionSort['field'];

/**
 * On a window narrower than this, Priority and From meeting start hidden so the title keeps its room instead of a
 * sideways scroll; the column menu shows them again, and both stay filters above the list.
 */
const ALL_COLUMNS_QUERY = '(min-width: 1500px)';
const narrowWindowColumns: GridColumnVisibilityModel = { priority: false, sourceMeetingTitle: false };
const allColumns: GridColumnVisibilityModel = {};
const isSortField = (field: string): field is SortField => (actionSortFields as readonly string[]).includes(field);

/**
 * One page of action items from the host: paging and sorting happen there, so 100,000 items cost one page.
 * Selection is kept across pages; "select all" in the header selects the page shown.
 */
export function ActionItemsGrid(props: ActionItemsGridProps) {
  const columns = useMemo(() => actionItemColumns(props.groupBy), [props.groupBy]);
  const { field, direction } = props.sort;
  // The grid treats a new model object as a change, so each model keeps its identity until its content changes.
  const sortModel = useMemo<GridSortModel>(() => [{ field, sort: direction }], [field, direction]);
  const selection = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(props.selectedIds) }), [props.selectedIds]);
  const paginationModel = useMemo(() => ({ page: props.page, pageSize: PAGE_SIZE }), [props.page]);
  const wide = useMediaQuery(ALL_COLUMNS_QUERY);
  const [columnVisibility, setColumnVisibility] = useStateFor(wide ? 'wide' : 'narrow', wide ? allColumns : narrowWindowColumns);

  const changeSort = (model: GridSortModel) => {
    const [first] = model;
    const next: ActionSort = first?.sort && isSortField(first.field) ? { field: first.field, direction: first.sort } : { field: 'dueOn', direction: 'asc' };
    if (next.field !== field || next.direction !== direction) props.onSort(next);
  };

  const changeSelection = (model: GridRowSelectionModel) => {
    if (model.type === 'include') return props.onSelect(new Set([...model.ids].map(String)));
    // "Everything except": only the rows of this page can be known here.
    props.onSelect(new Set(props.rows.map((row) => row.id).filter((id) => !model.ids.has(id))));
  };

  return (
    <DataGrid
      aria-label="Action items"
      rows={props.rows}
      columns={columns}
      rowCount={props.total}
      loading={props.loading}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      disableColumnFilter
      paginationModel={paginationModel}
      onPaginationModelChange={(model) => props.onPage(model.page)}
      pageSizeOptions={[PAGE_SIZE]}
      columnVisibilityModel={columnVisibility}
      onColumnVisibilityModelChange={setColumnVisibility}
      sortModel={sortModel}
      onSortModelChange={changeSort}
      checkboxSelection
      keepNonExistentRowsSelected
      rowSelectionModel={selection}
      onRowSelectionModelChange={changeSelection}
      disableRowSelectionOnClick
      onRowClick={({ row }) => props.onOpen(row)}
      onCellKeyDown={({ row, field }, event) => {
        if (event.key === 'Enter' && field !== '__check__') props.onOpen(row);
      }}
      localeText={{ noRowsLabel: 'No action items.' }}
      sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' }, bgcolor: 'background.paper' }}
    />
  );
}
