import {
  DataGrid,
  type GridColDef,
  type GridFilterModel,
  type GridRowSelectionModel,
  type GridValidRowModel,
  gridFilteredSortedRowIdsSelector,
  useGridApiRef,
} from '@mui/x-data-grid';
import { type Theme, alpha } from '@mui/material/styles';
import { useState } from 'react';

interface DirectoryGridProps<R extends GridValidRowModel> {
  label: string;
  rows: readonly R[];
  columns: readonly GridColDef<R>[];
  loading: boolean;
  /** What the person typed in the page's filter field; every word must match some column. */
  quickFilter: string;
  onOpen: (row: R) => void;
  /** Ticked rows for a bulk edit; archived rows cannot be ticked. */
  selection?: { ids: ReadonlySet<string>; onChange: (ids: ReadonlySet<string>) => void };
}

const pageSizeOptions = [25, 50, 100];

/**
 * A directory list: virtualized rows, sortable columns, a row opens on click or Enter.
 * The MIT DataGrid shows at most 100 rows a page, so long lists page.
 */
export function DirectoryGrid<R extends GridValidRowModel>({ label, rows, columns, loading, quickFilter, onOpen, selection }: DirectoryGridProps<R>) {
  const [filterModel, setFilterModel] = useState<GridFilterModel>({ items: [] });
  const quickFilterValues = quickFilter.split(/\s+/).filter(Boolean);
  const apiRef = useGridApiRef();
  /** "Everything except" is the grid's select-all: it means the rows the filters let through and that may be ticked. */
  const idsOf = (model: GridRowSelectionModel): string[] => {
    if (model.type === 'include') return [...model.ids].map(String);
    const shown = new Set(gridFilteredSortedRowIdsSelector(apiRef));
    return rows.filter((row) => shown.has(row.id) && !row.archivedAt && !model.ids.has(row.id)).map((row) => String(row.id));
  };
  const selectionProps = selection && {
    checkboxSelection: true,
    isRowSelectable: ({ row }: { row: R }) => !row.archivedAt,
    rowSelectionModel: { type: 'include', ids: new Set(selection.ids) } satisfies GridRowSelectionModel,
    onRowSelectionModelChange: (model: GridRowSelectionModel) => selection.onChange(new Set(idsOf(model))),
  };
  return (
    <DataGrid
      apiRef={apiRef}
      aria-label={label}
      rows={rows}
      columns={columns}
      loading={loading}
      filterModel={{ ...filterModel, quickFilterValues }}
      onFilterModelChange={setFilterModel}
      ignoreDiacritics
      disableRowSelectionOnClick
      initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
      pageSizeOptions={pageSizeOptions}
      {...selectionProps}
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row, field }, event) => {
        if (event.key === 'Enter' && field !== '__check__') onOpen(row);
      }}
      localeText={{ noRowsLabel: 'Nothing here yet.', noResultsOverlayLabel: 'Nothing matches these filters.' }}
      sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' }, '& .MuiDataGrid-row.Mui-selected': selectedRow(0), '& .MuiDataGrid-row.Mui-selected:hover': selectedRow(1), bgcolor: 'background.paper' }}
    />
  );
}

/**
 * A ticked row's tint, light enough (dark enough in dark mode) that links, chips and muted text on it keep 4.5:1:
 * the grid's own, over the paper, took the teal links to 4.46:1 in light and the chips to 4.22:1 in dark.
 */
const selectedRow = (hover: 0 | 1) => ({
  bgcolor: (theme: Theme) => alpha(theme.palette.primary.main, (theme.palette.mode === 'light' ? 0.07 : 0.12) + hover * 0.04),
});
