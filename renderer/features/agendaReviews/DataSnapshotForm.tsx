import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { DataReview, Measure } from '../../../shared/contract';
import { MAX_SNAPSHOT_MEASURES } from '../../../shared/contract';
import type { PeriodKind } from '../../../shared/dataPeriods';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useMeasureCatalogue, useReviewChange } from './agendaReviewQueries';

const PERIOD_HINTS: Record<PeriodKind, string> = { monthly: 'A month, like 2026-03', quarterly: 'A quarter, like 2026-Q1' };

/** Which measures and periods the snapshot holds; taking it again replaces the one kept with the minutes. */
export function DataSnapshotForm({ itemId, choice, retake }: { itemId: string; choice: DataReview['choice']; retake: boolean }) {
  const catalogue = useMeasureCatalogue();
  const [periodKind, setPeriodKind] = useState<PeriodKind>(choice?.periodKind ?? 'quarterly');
  const [from, setFrom] = useState(choice?.from ?? '');
  const [to, setTo] = useState(choice?.to ?? '');
  const [measureIds, setMeasureIds] = useState<string[]>(choice?.measureIds ?? []);
  const [problem, setProblem] = useState<string | null>(null);
  const { notify } = useNotify();
  const take = useReviewChange('agendaReviews.takeDataSnapshot', {
    onSuccess: () => {
      setProblem(null);
      notify(retake ? 'Snapshot taken again with the figures as they are now.' : 'Snapshot taken and kept with these minutes.', 'success');
    },
    onError: (error) => setProblem(errorMessage(error)),
  });
  const measures: Measure[] = (catalogue.data?.measures ?? []).filter((measure) => measure.active && measure.period === periodKind);
  const chosen = measures.filter((measure) => measureIds.includes(measure.id));

  return (
    <Stack
      component="form"
      aria-label="Choose the figures"
      onSubmit={(event) => {
        event.preventDefault();
        take.mutate({ itemId, periodKind, from: from.trim(), to: to.trim(), measureIds });
      }}
      sx={{ gap: 1.5 }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5 }}>
        <TextField
          select
          label="Periods"
          value={periodKind}
          onChange={(event) => {
            setPeriodKind(event.target.value as PeriodKind);
            setMeasureIds([]);
          }}
          sx={{ minWidth: 160 }}
        >
          <MenuItem value="quarterly">Quarters</MenuItem>
          <MenuItem value="monthly">Months</MenuItem>
        </TextField>
        <TextField label="From" value={from} onChange={(event) => setFrom(event.target.value)} helperText={PERIOD_HINTS[periodKind]} />
        <TextField label="To" value={to} onChange={(event) => setTo(event.target.value)} helperText={PERIOD_HINTS[periodKind]} />
      </Stack>
      <Autocomplete
        multiple
        options={measures}
        value={chosen}
        getOptionLabel={(measure) => measure.name}
        isOptionEqualToValue={(option, value) => option.id === value.id}
        onChange={(_event, value) => setMeasureIds(value.map((measure) => measure.id))}
        loading={catalogue.isPending}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Measures"
            helperText={`Up to ${MAX_SNAPSHOT_MEASURES}, from the data catalogue (${periodKind === 'monthly' ? 'counted monthly' : 'counted quarterly'}).`}
          />
        )}
      />
      {problem && <Alert severity="error">{problem}</Alert>}
      <div>
        <Button type="submit" variant={retake ? 'outlined' : 'contained'} disabled={take.isPending}>
          {retake ? 'Take the snapshot again' : 'Take snapshot'}
        </Button>
      </div>
    </Stack>
  );
}
