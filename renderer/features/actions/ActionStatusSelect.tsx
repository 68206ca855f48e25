import Checkbox from '@mui/material/Checkbox';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { actionStatuses, type ActionStatus } from '../../../shared/contract';
import { actionStatusLabels } from './actionLabels';

/** Several statuses at once; none chosen means every status. */
export function ActionStatusSelect({ value, onChange }: { value: readonly ActionStatus[]; onChange: (statuses: ActionStatus[]) => void }) {
  return (
    <TextField
      select
      size="small"
      label="Status"
      value={value}
      onChange={(event) => onChange(event.target.value as unknown as ActionStatus[])}
      slotProps={{
        inputLabel: { shrink: true },
        select: {
          multiple: true,
          displayEmpty: true,
          renderValue: (chosen) => {
            const statuses = chosen as ActionStatus[];
            return statuses.length === 0 ? 'Any status' : statuses.map((status) => actionStatusLabels[status]).join(', ');
          },
        },
      }}
    >
      {actionStatuses.map((status) => (
        <MenuItem key={status} value={status}>
          <Checkbox size="small" checked={value.includes(status)} sx={{ py: 0 }} />
          <ListItemText primary={actionStatusLabels[status]} />
        </MenuItem>
      ))}
    </TextField>
  );
}
