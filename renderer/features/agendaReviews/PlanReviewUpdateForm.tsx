import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Objective } from '../../../shared/contract';
import { formatDate } from '../../../shared/dateFormat';
import { canMovePlanStatus, planStatusLabels, planStatuses } from '../../../shared/planStatus';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useReviewChange } from './agendaReviewQueries';

/** Where the objective stands now: status, the figure counted (optional) and a note, dated the meeting's day. */
export function PlanReviewUpdateForm({ itemId, objective, recordedOn }: { itemId: string; objective: Objective; recordedOn: string }) {
  const [status, setStatus] = useState(objective.status);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { notify } = useNotify();
  const record = useReviewChange('agendaReviews.recordPlanUpdate', {
    onSuccess: () => {
      notify('Update recorded in the plan and in these minutes.', 'success');
      setValue('');
      setNote('');
      setProblem(null);
    },
    onError: (error) => setProblem(errorMessage(error)),
  });
  const submit = () => {
    const text = value.trim().replace(/,/g, '');
    const amount = text === '' ? null : Number(text);
    if (amount !== null && !Number.isFinite(amount)) {
      setProblem('The value must be a number, or left empty.');
      return;
    }
    record.mutate({ itemId, objectiveId: objective.id, status, value: amount, note });
  };
  return (
    <Stack
      component="form"
      aria-label={`Record an update for ${objective.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      sx={{ gap: 1.5 }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5 }}>
        <TextField select label="Status now" value={status} onChange={(event) => setStatus(event.target.value as Objective['status'])} sx={{ minWidth: 180 }}>
          {planStatuses.map((each) => (
            <MenuItem key={each} value={each} disabled={!canMovePlanStatus(objective.status, each)}>
              {planStatusLabels[each]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Value counted (optional)"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
      </Stack>
      <TextField
        label="Note for the minutes"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        multiline
        minRows={2}
        helperText={`Dated ${formatDate(recordedOn)}. What happened, what is in the way, what comes next.`}
      />
      {problem && <Alert severity="error">{problem}</Alert>}
      <div>
        <Button type="submit" variant="contained" disabled={record.isPending}>
          Record update
        </Button>
      </div>
    </Stack>
  );
}
