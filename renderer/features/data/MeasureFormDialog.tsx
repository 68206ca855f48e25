import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Catalogue } from '../../../shared/contract';
import { type BreakdownId, breakdowns } from '../../../shared/dataBreakdowns';
import type { PeriodKind } from '../../../shared/dataPeriods';
import { type SectorId, sectors } from '../../../shared/stakeholderSectors';
import { isApiError } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useDataChange } from './dataQueries';
import { periodKindLabel } from './measureLabels';

/** Adds one of the coalition's own measures. Mount it only while open. */
export function MeasureFormDialog({ catalogue, onClose }: { catalogue: Catalogue; onClose: () => void }) {
  const { notify } = useNotify();
  const [name, setName] = useState('');
  const [definition, setDefinition] = useState('');
  const [unit, setUnit] = useState('youth');
  const [period, setPeriod] = useState<PeriodKind>('quarterly');
  const [chosenSectors, setSectors] = useState<SectorId[]>([]);
  const [chosenBreakdowns, setBreakdowns] = useState<BreakdownId[]>([]);
  const [within24hOf, setWithin] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const create = useDataChange('data.createMeasure', {
    onSuccess: () => {
      notify('Measure added.', 'success');
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION') && error.fieldErrors) setErrors(error.fieldErrors);
      else notify(errorMessage(error), 'error');
    },
  });
  const errorOf = (field: string) => errors[field]?.[0];
  const totals = catalogue.measures.filter((measure) => measure.active && measure.period === period && measure.within24hOf === null);
  const submit = () =>
    create.mutate({
      name,
      definition,
      unit,
      period,
      sectors: chosenSectors,
      breakdowns: chosenBreakdowns,
      within24hOf: within24hOf === '' ? null : within24hOf,
    });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="measure-form-title">
      <DialogTitle id="measure-form-title">Add a measure</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2, pt: 1 }}>
          <TextField
            label="Name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={!!errorOf('name')}
            helperText={errorOf('name')}
            autoFocus
            required
          />
          <TextField
            label="Definition"
            value={definition}
            onChange={(event) => setDefinition(event.target.value)}
            multiline
            minRows={3}
            required
            error={!!errorOf('definition')}
            helperText={errorOf('definition') ?? 'What is counted and what is not, in words every partner reads the same way. It is kept with every figure.'}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <TextField
              label="Unit"
              value={unit}
              onChange={(event) => setUnit(event.target.value)}
              error={!!errorOf('unit')}
              helperText={errorOf('unit') ?? 'e.g. youth, episodes'}
              sx={{ flex: 1 }}
            />
            <TextField select label="Counted" value={period} onChange={(event) => setPeriod(event.target.value as PeriodKind)} sx={{ flex: 1 }}>
              {(['quarterly', 'monthly'] as const).map((kind) => (
                <MenuItem key={kind} value={kind}>
                  {periodKindLabel[kind]}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Autocomplete
            multiple
            options={sectors.map((sector) => sector.id)}
            getOptionLabel={(id) => sectors.find((sector) => sector.id === id)?.label ?? id}
            value={chosenSectors}
            onChange={(_, value) => setSectors(value)}
            renderInput={(params) => <TextField {...params} label="Reported by sectors" helperText="Leave empty when every organization reports it." />}
          />
          <FormGroup>
            <FormLabel>Breakdowns</FormLabel>
            {breakdowns.map((breakdown) => (
              <FormControlLabel
                key={breakdown.id}
                label={`${breakdown.label} (${breakdown.cells.map((cell) => cell.label).join(', ')})`}
                control={
                  <Checkbox
                    checked={chosenBreakdowns.includes(breakdown.id)}
                    onChange={(event) =>
                      setBreakdowns(event.target.checked ? [...chosenBreakdowns, breakdown.id] : chosenBreakdowns.filter((id) => id !== breakdown.id))
                    }
                  />
                }
              />
            ))}
          </FormGroup>
          <TextField
            select
            label="Within 24 hours of"
            value={within24hOf}
            onChange={(event) => setWithin(event.target.value)}
            error={!!errorOf('within24hOf')}
            helperText={errorOf('within24hOf') ?? 'When this measure counts the part of another done within 24 hours.'}
          >
            <MenuItem value="">Not a within-24-hours part</MenuItem>
            {totals.map((measure) => (
              <MenuItem key={measure.id} value={measure.id}>
                {measure.name}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={create.isPending}>
          Add measure
        </Button>
      </DialogActions>
    </Dialog>
  );
}
