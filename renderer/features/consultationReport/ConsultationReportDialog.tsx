import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { type ReportPeriod, periodPresets, periodProblem } from './reportPeriod';

const formats = { pdf: 'PDF, to print or send to auditors', csv: 'CSV, for a spreadsheet: a .zip with two tables, the meetings and the summary by sector' } as const;
type ReportFormat = keyof typeof formats;
const presetLabels = { 'this-year': 'This year', 'last-12-months': 'Last 12 months', 'last-year': 'Last year' } as const;

interface ConsultationReportDialogProps {
  onCancel: () => void;
  onExport: (request: ReportPeriod & { format: ReportFormat }) => void;
}

/** The period and the format of the consultation report. */
export function ConsultationReportDialog({ onCancel, onExport }: ConsultationReportDialogProps) {
  const presets = periodPresets(new Date());
  const [period, setPeriod] = useState<ReportPeriod>(presets['this-year']);
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [tried, setTried] = useState(false);
  const problem = periodProblem(period);
  const submit = () => {
    setTried(true);
    if (!problem) onExport({ ...period, format });
  };

  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>Consultation report</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">
            The record a lead child welfare agency keeps of its consultation with partner agencies (P.L. 113-183): every meeting held in the
            period with the agencies present by sector, the agenda topics and the decisions, and which sectors were consulted how often or not
            at all. Notes are never included; protected members appear by display name.
          </Typography>
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }} role="group" aria-label="Quick periods">
            {(Object.keys(presetLabels) as Array<keyof typeof presetLabels>).map((key) => (
              <Button key={key} size="small" variant="text" onClick={() => setPeriod(presets[key])}>
                {presetLabels[key]}
              </Button>
            ))}
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <TextField
              label="First day"
              type="date"
              value={period.from}
              onChange={(event) => setPeriod({ ...period, from: event.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
              fullWidth
            />
            <TextField
              label="Last day"
              type="date"
              value={period.to}
              onChange={(event) => setPeriod({ ...period, to: event.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
              error={tried && problem !== null}
              helperText={tried ? problem : null}
              fullWidth
            />
          </Stack>
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={submit}>
          Make report
        </Button>
      </DialogActions>
    </Dialog>
  );
}
