import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { Catalogue } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useDataChange } from './dataQueries';

/** The built-in measure sets, each switched on or off. Switching off hides a set's measures and keeps every figure. */
export function MeasureSetsPanel({ catalogue }: { catalogue: Catalogue }) {
  const { notify } = useNotify();
  const change = useDataChange('data.setMeasureSet', { onError: (error) => notify(errorMessage(error), 'error') });
  return (
    <Stack component="section" aria-labelledby="measure-sets-heading" sx={{ gap: 1.5 }}>
      <Typography id="measure-sets-heading" variant="h2">
        Measure sets
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Switching a set off keeps every figure. Plan objectives that follow one of its measures stop following it until the set is on again; the Plan page says
        which.
      </Typography>
      <Stack sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' } }}>
        {catalogue.sets.map((set) => (
          <Paper key={set.id} variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1 }}>
            <FormControlLabel
              control={
                <Switch checked={set.active} disabled={change.isPending} onChange={(event) => change.mutate({ setId: set.id, active: event.target.checked })} />
              }
              label={<Typography sx={{ fontWeight: 600 }}>{set.label}</Typography>}
            />
            <Typography variant="body2" color="text.secondary">
              {set.description}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {set.measureCount} measures{set.active ? ', switched on' : ''}
            </Typography>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
