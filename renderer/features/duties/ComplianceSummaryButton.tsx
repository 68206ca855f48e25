import Assignment from '@mui/icons-material/Assignment';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { type ReportPeriod, periodPresets, periodProblem } from '../../components/reportPeriod/reportPeriod';

/** The compliance summary (PDF) for a period: the six duties with their evidence, then the consultations. */
export function ComplianceSummaryButton() {
  const [choosing, setChoosing] = useState(false);
  const { startExport, exportDialog } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<Assignment />} onClick={() => setChoosing(true)}>
        Compliance summary
      </Button>
      {choosing && (
        <PeriodDialog
          onCancel={() => setChoosing(false)}
          onExport={(period) => {
            setChoosing(false);
            startExport({ kind: 'compliance-summary', ...period });
          }}
        />
      )}
      {exportDialog}
    </>
  );
}

function PeriodDialog({ onCancel, onExport }: { onCancel: () => void; onExport: (period: ReportPeriod) => void }) {
  const [period, setPeriod] = useState<ReportPeriod>(periodPresets(new Date())['last-12-months']);
  const [tried, setTried] = useState(false);
  const problem = periodProblem(period);
  const submit = () => {
    setTried(true);
    if (!problem) onExport(period);
  };
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>Compliance summary</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">
            A PDF for auditors and partners: each of the six duties as of the last day, with its status, the reason and the evidence of the
            period, then the consultation report of the same period. Notes are never included.
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
            <TextField label="First day" type="date" value={period.from} onChange={(event) => setPeriod({ ...period, from: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} fullWidth />
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
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={submit}>
          Make summary
        </Button>
      </DialogActions>
    </Dialog>
  );
}
