import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ActionQuery, ExportRequest } from '../../../shared/contract';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { actionItemsText } from './actionLabels';

const formats = { csv: 'CSV (any spreadsheet program)', xlsx: 'Excel (XLSX)' } as const;

interface Props {
  /** The page's query: its filters and order go into the file, its paging does not. */
  query: ActionQuery;
  total: number;
  filtered: boolean;
  onClose: () => void;
  onExport: (request: ExportRequest) => void;
}

/** The action items list as a spreadsheet, with the filters the page shows. */
export function ActionItemsExportDialog({ query, total, filtered, onClose, onExport }: Props) {
  const [format, setFormat] = useState<keyof typeof formats>('xlsx');
  const { offset: _offset, limit: _limit, groupBy: _groupBy, ...filters } = query;
  const exportList = () => {
    onExport({ kind: 'action-items', format, query: filters });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="export-actions-title">
      <DialogTitle id="export-actions-title">Export action items</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">
            {filtered
              ? `The ${actionItemsText(total)} that match the filters you set, in the order shown.`
              : `All ${actionItemsText(total)}, in the order shown.`}{' '}
            Owners appear by the name the app shows for them.
          </Typography>
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={exportList}>
          Export
        </Button>
      </DialogActions>
    </Dialog>
  );
}
