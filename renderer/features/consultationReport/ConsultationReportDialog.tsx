import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { ReportPeriodFields } from '../../components/reportPeriod/ReportPeriodFields';
import { type ReportPeriod, periodPresets, periodProblem } from '../../components/reportPeriod/reportPeriod';

const formats = { pdf: 'PDF, to print or send to auditors', csv: 'CSV, for a spreadsheet: a .zip with two tables, the meetings and the summary by sector' } as const;
type ReportFormat = keyof typeof formats;

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
          <ReportPeriodFields period={period} onChange={setPeriod} problem={tried ? problem : null} />
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
