import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { errorMessage } from '../../components/errorMessage';

interface ListPageLayoutProps {
  title: string;
  /** Extra buttons beside Add (import and export), passed in by the app so features stay apart. */
  actions?: ReactNode;
  addLabel: string;
  onAdd: () => void;
  filterLabel: string;
  filterText: string;
  onFilterText: (text: string) => void;
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
  /** The page's own filters (sector, involvement, role). */
  filters: ReactNode;
  error: unknown;
  /** Shown above the grid while rows are ticked (bulk edit). */
  selectionBar?: ReactNode;
  grid: ReactNode;
}

/** The Organizations and Members pages: heading and Add button, a filter bar, then the grid filling the window. */
export function ListPageLayout(props: ListPageLayoutProps) {
  return (
    <Stack sx={{ gap: 2, height: '100%' }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">{props.title}</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {props.actions}
          <Button variant="contained" startIcon={<Add />} onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        </Stack>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: { md: 'center' } }}>
        <TextField
          type="search"
          size="small"
          label={props.filterLabel}
          value={props.filterText}
          onChange={(event) => props.onFilterText(event.target.value)}
          sx={{ maxWidth: { md: 320 } }}
        />
        {props.filters}
        <FormControlLabel
          control={<Switch checked={props.showArchived} onChange={(event) => props.onShowArchived(event.target.checked)} />}
          label="Show archived"
          sx={{ flexShrink: 0 }}
        />
      </Stack>
      {props.error ? <Alert severity="error">{errorMessage(props.error)}</Alert> : null}
      {props.selectionBar}
      <Box sx={{ height: { xs: 560, md: 'calc(100vh - 300px)' }, minHeight: 360 }}>{props.grid}</Box>
    </Stack>
  );
}
