import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { computerTimeZone, isoDateInZone } from '../../../shared/dateFormat';
import { FormDialog } from '../directory/FormDialog';

export const localToday = () => isoDateInZone(new Date(), computerTimeZone());

interface DateDialogProps {
  title: string;
  label: string;
  explanation?: string;
  submitLabel: string;
  saving: boolean;
  error?: string | undefined;
  onClose: () => void;
  onSubmit: (date: string) => void;
}

/** One date to confirm (a signature, a review), today unless changed. */
export function DateDialog({ title, label, explanation, submitLabel, saving, error, onClose, onSubmit }: DateDialogProps) {
  const [date, setDate] = useState(localToday);
  return (
    <FormDialog title={title} open saving={saving} onClose={onClose} onSubmit={() => onSubmit(date)} submitLabel={submitLabel}>
      {explanation && <Typography color="text.secondary">{explanation}</Typography>}
      <TextField
        label={label}
        type="date"
        value={date}
        onChange={(event) => setDate(event.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
        error={Boolean(error)}
        helperText={error}
        autoFocus
      />
    </FormDialog>
  );
}
