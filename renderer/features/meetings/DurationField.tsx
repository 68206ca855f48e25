import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { durationPresets } from './meetingDraft';
import { formatMinutes } from '../../format/meetingTime';

interface DurationFieldProps {
  label: string;
  value: string;
  onChange: (minutes: string) => void;
  error?: string | undefined;
}

/** Minutes typed, or one of the usual lengths picked with a click. */
export function DurationField({ label, value, onChange, error }: DurationFieldProps) {
  return (
    <Stack sx={{ gap: 1 }}>
      <TextField
        label={label}
        type="number"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={Boolean(error)}
        helperText={error}
        slotProps={{ htmlInput: { min: 5, max: 1440, step: 5 } }}
      />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="group" aria-label="Usual lengths">
        {durationPresets.map((minutes) => (
          <Chip
            key={minutes}
            label={formatMinutes(minutes)}
            variant={value === String(minutes) ? 'filled' : 'outlined'}
            color={value === String(minutes) ? 'primary' : 'default'}
            onClick={() => onChange(String(minutes))}
            aria-pressed={value === String(minutes)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
