import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type PeriodPreset, type ReportPeriod, periodPresets } from './reportPeriod';

const presetLabels: Record<PeriodPreset, string> = { 'this-year': 'This year', 'last-12-months': 'Last 12 months', 'last-year': 'Last year' };

interface ReportPeriodFieldsProps {
  period: ReportPeriod;
  onChange: (period: ReportPeriod) => void;
  /** Shown under the last day once the person has tried to go on. */
  problem: string | null;
}

/** A report's period: quick choices, then the first and the last day. */
export function ReportPeriodFields({ period, onChange, problem }: ReportPeriodFieldsProps) {
  const presets = periodPresets(new Date());
  return (
    <>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="group" aria-label="Quick periods">
        {(Object.keys(presetLabels) as PeriodPreset[]).map((key) => (
          <Button key={key} size="small" variant="text" onClick={() => onChange(presets[key])}>
            {presetLabels[key]}
          </Button>
        ))}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField
          label="First day"
          type="date"
          value={period.from}
          onChange={(event) => onChange({ ...period, from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth
        />
        <TextField
          label="Last day"
          type="date"
          value={period.to}
          onChange={(event) => onChange({ ...period, to: event.target.value })}
          slotProps={{ inputLabel: { shrink: true } }}
          error={problem !== null}
          helperText={problem}
          fullWidth
        />
      </Stack>
    </>
  );
}
