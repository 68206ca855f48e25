import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { hiddenFiguresRule } from '../../../shared/smallNumbers';
import { isApiError } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useDataChange, useSmallNumbers } from './dataQueries';

/** The small numbers threshold: counts from 1 to it are hidden in anything shared. */
export function SmallNumbersPanel() {
  const current = useSmallNumbers();
  if (!current.data) return null;
  return <SmallNumbersForm key={current.data.threshold} threshold={current.data.threshold} />;
}

function SmallNumbersForm({ threshold }: { threshold: number }) {
  const { notify } = useNotify();
  const [value, setValue] = useState(String(threshold));
  const [error, setError] = useState<string | null>(null);
  const save = useDataChange('data.setSmallNumbers', {
    onSuccess: () => notify('Small numbers threshold saved.', 'success'),
    onError: (failure) => setError(isApiError(failure, 'VALIDATION') ? (failure.fieldErrors?.threshold?.[0] ?? failure.message) : errorMessage(failure)),
  });
  const submit = () => {
    if (!/^\d+$/.test(value.trim())) return setError('Enter a whole number from 1 to 50.');
    setError(null);
    save.mutate({ threshold: Number(value.trim()) });
  };
  return (
    <Paper component="section" variant="outlined" aria-labelledby="small-numbers-heading" sx={{ p: 2 }}>
      <Stack sx={{ gap: 1.5 }}>
        <Typography id="small-numbers-heading" variant="h2">
          Small numbers in anything shared
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 720 }}>
          In every export and shared view: {hiddenFiguresRule(threshold)} Many public-health agencies use 10.
        </Typography>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <TextField
            size="small"
            label="Hide counts up to"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            slotProps={{ htmlInput: { inputMode: 'numeric', pattern: '[0-9]*' } }}
            error={error !== null}
            helperText={error ?? ' '}
            sx={{ width: 180 }}
          />
          <Button onClick={submit} disabled={save.isPending || value.trim() === String(threshold)}>
            Save threshold
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
