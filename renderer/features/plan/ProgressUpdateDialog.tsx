import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type Objective, progressUpdateInputSchema } from '../../../shared/contract';
import { canMovePlanStatus, planStatusLabels, planStatuses } from '../../../shared/planStatus';
import { usePreferences } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { usePlanChange } from '../../components/plan/planQueries';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { MemberPicker } from '../directory/MemberPicker';
import { amountFromText } from './objectiveDraft';

interface Draft {
  recordedOn: string;
  value: string;
  status: Objective['status'];
  note: string;
  recordedById: string | null;
}

/** A dated progress update: the value counted, the status at that time, a note, and who gives it. */
export function ProgressUpdateDialog({ objective, today, onClose }: { objective: Objective; today: string; onClose: () => void }) {
  const preferences = usePreferences();
  const form = useDraftForm<Draft>({ recordedOn: today, value: '', status: objective.status, note: '', recordedById: preferences.data?.myMemberId ?? null }, [
    'recordedOn',
    'value',
    'status',
    'note',
    'recordedById',
  ]);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const record = usePlanChange('plan.recordProgress', {
    onSuccess: () => {
      notify('Progress recorded.', 'success');
      onClose();
    },
    onError: form.showSaveError,
  });
  const submit = () => {
    const input = form.validate(progressUpdateInputSchema, { objectiveId: objective.id, ...draft, value: amountFromText(draft.value) });
    if (input) record.mutate(input);
  };
  return (
    <FormDialog title="Record progress" open saving={record.isPending} onClose={onClose} onSubmit={submit} submitLabel="Record update">
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        {objective.title}
        {objective.measure && ` · counted as: ${objective.measure}`}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('recordedOn', 'Date')} type="date" slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }} fullWidth />
        <TextField
          {...textField('value', 'Value')}
          inputMode="decimal"
          fullWidth
          helperText={
            errorOf('value') ??
            (objective.progressMode === 'linked-actions' ? 'Optional: progress follows the linked action items.' : 'The figure counted on that date.')
          }
        />
      </Stack>
      <TextField
        select
        label="Status"
        value={draft.status}
        onChange={(event) => set('status', event.target.value as Draft['status'])}
        error={Boolean(errorOf('status'))}
        helperText={errorOf('status')}
      >
        {planStatuses.map((status) => (
          <MenuItem key={status} value={status} disabled={!canMovePlanStatus(objective.status, status)}>
            {planStatusLabels[status]}
          </MenuItem>
        ))}
      </TextField>
      <TextField {...textField('note', 'Note')} multiline minRows={2} helperText={errorOf('note') ?? 'What happened, what is in the way, what comes next.'} />
      <MemberPicker label="Recorded by" value={draft.recordedById} onChange={(id) => set('recordedById', id)} error={errorOf('recordedById')} />
    </FormDialog>
  );
}
