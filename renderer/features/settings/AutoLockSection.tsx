import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WorkspaceDetails } from '../../../shared/contract';
import { invoke } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { sharedQueryKeys } from '../../session/queryKeys';
import { SectionCard } from '../../components/SectionCard';

const minuteChoices = [1, 5, 10, 15, 30, 60];

export function AutoLockSection({ minutes }: { minutes: number }) {
  const queryClient = useQueryClient();
  const { notify, notifyError } = useNotify();
  const save = useMutation({
    mutationFn: (next: number) => invoke('settings.setAutoLock', { minutes: next }),
    onSuccess: (_done, next) => {
      queryClient.setQueryData<WorkspaceDetails>(sharedQueryKeys.workspaceDetails, (details) => (details ? { ...details, autoLockMinutes: next } : details));
      notify(`The workspace now locks after ${minutesText(next)} without use.`, 'success');
    },
    onError: notifyError,
  });

  const shown = save.isPending ? save.variables : minutes;
  // A value set elsewhere (for example by the command line) still shows as itself.
  const choices = minuteChoices.includes(minutes) ? minuteChoices : [...minuteChoices, minutes].sort((a, b) => a - b);

  return (
    <SectionCard title="Auto-lock">
      <Typography>When nobody uses Coalition Desk for a while, the workspace locks itself and asks for the passphrase again.</Typography>
      <TextField
        select
        label="Lock after inactivity"
        value={String(shown)}
        onChange={(event) => save.mutate(Number(event.target.value))}
        disabled={save.isPending}
        slotProps={{ select: { native: true } }}
        sx={{ maxWidth: 260 }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {minutesText(choice)}
          </option>
        ))}
      </TextField>
    </SectionCard>
  );
}

function minutesText(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
