import { DataGrid, type GridColDef, type GridFilterModel, type GridValidRowModel } from '@mui/x-data-grid';
import { useState } from 'react';

interface DirectoryGridProps<R extends GridValidRowModel> {
  label: string;
  rows: readonly R[];
  columns: readonly GridColDef<R>[];
  loading: boolean;
  /** What the person typed in the page's filter field; every word must match some column. */
  quickFilter: string;
  onOpen: (row: R) => void;
}

const pageSizeOptions = [25, 50, 100];

/**
 * A directory list: virtualized rows, sortable columns, a row opens on click or Enter.
 * The MIT DataGrid shows at most 100 rows a page, so long lists page.
 */
export function DirectoryGrid<R extends GridValidRowModel>({ label, rows, columns, loading, quickFilter, onOpen }: DirectoryGridProps<R>) {
  const [filterModel, setFilterModel] = useState<GridFilterModel>({ items: [] });
  const quickFilterValues = quickFilter.split(/\s+/).filter(Boolean);
  return (
    <DataGrid
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
      onRowClick={({ row }) => onOpen(row)}
      onCellKeyDown={({ row }, event) => {
        if (event.key === 'Enter') onOpen(row);
      }}
      localeText={{ noRowsLabel: 'Nothing here yet.', noResultsOverlayLabel: 'Nothing matches these filters.' }}
      sx={{ '& .MuiDataGrid-row': { cursor: 'pointer' }, bgcolor: 'background.paper' }}
    />
  );
}
