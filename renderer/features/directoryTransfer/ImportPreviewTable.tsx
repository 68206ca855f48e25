import Chip, { type ChipProps } from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useMemo } from 'react';
import type { ImportPreviewResult } from '../../../shared/contract';
import { importStatusLabels, type ImportStatus } from './importWording';

type PreviewRow = ImportPreviewResult['rows'][number];

const statusColors: Record<ImportStatus, ChipProps['color']> = { new: 'success', update: 'info', duplicate: 'default', error: 'error' };
const messagesText = (row: PreviewRow) => row.messages.join(' ');

const columns: GridColDef<PreviewRow>[] = [
  { field: 'line', headerName: 'Row', type: 'number', width: 64, align: 'left', headerAlign: 'left' },
  {
    field: 'status',
    headerName: 'Status',
    width: 110,
    valueGetter: (_value, row) => importStatusLabels[row.status],
    renderCell: ({ row }) => (
      <Chip size="small" label={importStatusLabels[row.status]} color={statusColors[row.status]} variant={row.status === 'duplicate' ? 'outlined' : 'filled'} />
    ),
  },
  { field: 'label', headerName: 'Name', flex: 1, minWidth: 160 },
  { field: 'messages', headerName: 'Messages', flex: 2, minWidth: 220, valueGetter: (_value, row) => messagesText(row) },
  {
    // On a narrow window the name and its messages share one column, so nothing hides off to the right.
    field: 'details',
    headerName: 'Name and messages',
    flex: 1,
    minWidth: 150,
    sortable: false,
    valueGetter: (_value, row) => [row.label, messagesText(row)].filter(Boolean).join(' '),
    renderCell: ({ row }) => (
      <Stack>
        <span>{row.label}</span>
        <Typography variant="body2" color="text.secondary">
          {messagesText(row)}
        </Typography>
      </Stack>
    ),
  },
];

/** Rows with problems come first, so they are found without paging through thousands of good ones. */
function problemsFirst(rows: readonly PreviewRow[]): PreviewRow[] {
  return [...rows.filter((row) => row.status === 'error'), ...rows.filter((row) => row.status !== 'error')];
}

/** Every row of the file as the import would treat it; paged, so 10,000 rows stay quick. */
export function ImportPreviewTable({ rows }: { rows: readonly PreviewRow[] }) {
  const narrow = useMediaQuery(useTheme().breakpoints.down('sm'));
  const ordered = useMemo(() => problemsFirst(rows), [rows]);
  return (
    <DataGrid
      aria-label="Rows in the file"
      rows={ordered}
      columns={columns}
      columnVisibilityModel={{ label: !narrow, messages: !narrow, details: narrow }}
      getRowId={(row) => row.line}
      getRowHeight={() => 'auto'}
      disableRowSelectionOnClick
      disableColumnSelector
      density="compact"
      initialState={{ pagination: { paginationModel: { pageSize: 100 } } }}
      pageSizeOptions={[25, 50, 100]}
      localeText={{ noRowsLabel: 'The file has no rows under its header.' }}
      sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { py: 0.75, whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
    />
  );
}
