import Edit from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Plan } from '../../../shared/contract';
import { useNotify } from '../../components/notifications/NotificationContext';
import { usePlanChange } from '../../components/plan/planQueries';

/** The coalition's mission statement, at the top of the plan, edited in place. */
export function MissionCard({ mission }: { mission: Plan['mission'] }) {
  const [draft, setDraft] = useState<string | null>(null);
  const { notify, notifyError } = useNotify();
  const save = usePlanChange('plan.setMission', {
    onSuccess: () => {
      setDraft(null);
      notify('Mission saved.', 'success');
    },
    onError: notifyError,
  });
  return (
    <Paper variant="outlined" component="section" aria-labelledby="plan-mission" sx={{ p: { xs: 2, sm: 3 } }}>
      <Stack sx={{ gap: 1.5 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography id="plan-mission" variant="h2">
            Mission
          </Typography>
          {draft === null && (
            <Button size="small" startIcon={<Edit />} onClick={() => setDraft(mission.statement)}>
              {mission.statement ? 'Edit mission' : 'Write the mission'}
            </Button>
          )}
        </Stack>
        {draft === null ? (
          <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} color={mission.statement ? 'text.primary' : 'text.secondary'}>
            {mission.statement || 'No mission statement yet. One or two sentences on why the coalition exists help every new member.'}
          </Typography>
        ) : (
          <Stack sx={{ gap: 1 }}>
            <TextField label="Mission statement" value={draft} onChange={(event) => setDraft(event.target.value)} multiline minRows={2} autoFocus fullWidth />
            <Stack direction="row" sx={{ gap: 1, justifyContent: 'flex-end' }}>
              <Button onClick={() => setDraft(null)}>Cancel</Button>
              <Button variant="contained" disabled={save.isPending} onClick={() => save.mutate({ statement: draft })}>
                Save mission
              </Button>
            </Stack>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
