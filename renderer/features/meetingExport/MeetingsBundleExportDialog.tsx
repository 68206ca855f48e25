import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { ExportRequest, MeetingSummary } from '../../../shared/contract';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { defaultRecordOptions } from './recordOptions';
import { RecordOptionsFields } from './RecordOptionsFields';
import { seriesChoices } from './seriesChoices';

const scopes = { dates: 'Meetings between two dates', series: 'A whole series' } as const;
const dateLabel = { inputLabel: { shrink: true } } as const;

interface Props {
  meetings: readonly MeetingSummary[];
  onClose: () => void;
  onExport: (request: ExportRequest) => void;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The minutes of a series or of a date range, in order, as one PDF (meetings that have minutes only). */
export function MeetingsBundleExportDialog({ meetings, onClose, onExport }: Props) {
  const series = useMemo(() => seriesChoices(meetings), [meetings]);
  const [scope, setScope] = useState<keyof typeof scopes>('dates');
  const [seriesId, setSeriesId] = useState(series[0]?.seriesId ?? '');
  const [from, setFrom] = useState(() => `${new Date().getFullYear()}-01-01`);
  const [to, setTo] = useState(() => isoDay(new Date()));
  const [options, setOptions] = useState(defaultRecordOptions);
  const rangeError = from && to && from > to ? 'The last day comes before the first.' : undefined;
  const ready = options.sections.length > 0 && (scope === 'series' ? seriesId !== '' : Boolean(from && to) && !rangeError);

  const exportMeetings = () => {
    onExport({ kind: 'meetings-bundle', scope: scope === 'series' ? { by: 'series', seriesId } : { by: 'dates', from, to }, ...options });
    onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" scroll="paper" aria-labelledby="export-meetings-title">
      <DialogTitle id="export-meetings-title">Export several meetings</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">
            One PDF with the record of each meeting, in date order, each starting on a new page. Meetings still planned or cancelled have no minutes and are
            left out. Pages of minutes not yet approved are marked DRAFT.
          </Typography>
          <ChoiceGroup label="Which meetings" value={scope} onChange={setScope} options={scopes} />
          {scope === 'dates' ? (
            <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
              <TextField label="First day" type="date" value={from} onChange={(event) => setFrom(event.target.value)} slotProps={dateLabel} fullWidth />
              <TextField
                label="Last day"
                type="date"
                value={to}
                onChange={(event) => setTo(event.target.value)}
                error={Boolean(rangeError)}
                helperText={rangeError}
                slotProps={dateLabel}
                fullWidth
              />
            </Stack>
          ) : series.length === 0 ? (
            <Alert severity="info">There are no repeating meetings yet. Choose a date range instead.</Alert>
          ) : (
            <TextField
              select
              label="Series"
              value={seriesId}
              onChange={(event) => setSeriesId(event.target.value)}
              slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            >
              {series.map((choice) => (
                <option key={choice.seriesId} value={choice.seriesId}>
                  {choice.label}
                </option>
              ))}
            </TextField>
          )}
          <RecordOptionsFields options={options} onChange={setOptions} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={exportMeetings} disabled={!ready}>
          Export PDF
        </Button>
      </DialogActions>
    </Dialog>
  );
}
