import Assignment from '@mui/icons-material/Assignment';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import type { ExportRequest } from '../../../shared/contract';
import { useExportJob } from '../exportJobs/useExportJob';
import { ReportPeriodFields } from './ReportPeriodFields';
import { type PeriodPreset, type ReportPeriod, periodPresets, periodProblem } from './reportPeriod';

interface PeriodExportButtonProps {
  /** The button's text and the dialog's title. */
  title: string;
  /** What the file holds, in a sentence or two. */
  description: ReactNode;
  submitLabel: string;
  /** The period the dialog opens with. */
  initialPeriod: PeriodPreset;
  /** Further choices shown under the dates (a format). */
  choices?: ReactNode;
  /** The export to start for the chosen period. */
  request: (period: ReportPeriod) => ExportRequest;
}

/** A report over a period of days (the consultation report, the compliance summary): choose the days, then export as every file is. */
export function PeriodExportButton({ title, description, submitLabel, initialPeriod, choices, request }: PeriodExportButtonProps) {
  const [choosing, setChoosing] = useState(false);
  const { startExport, exportDialog } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<Assignment />} onClick={() => setChoosing(true)}>
        {title}
      </Button>
      {choosing && (
        <PeriodDialog
          title={title}
          description={description}
          submitLabel={submitLabel}
          initialPeriod={initialPeriod}
          choices={choices}
          onCancel={() => setChoosing(false)}
          onExport={(period) => {
            setChoosing(false);
            startExport(request(period));
          }}
        />
      )}
      {exportDialog}
    </>
  );
}

type PeriodDialogProps = Omit<PeriodExportButtonProps, 'request'> & { onCancel: () => void; onExport: (period: ReportPeriod) => void };

function PeriodDialog({ title, description, submitLabel, initialPeriod, choices, onCancel, onExport }: PeriodDialogProps) {
  const presets = periodPresets(new Date());
  const [period, setPeriod] = useState<ReportPeriod>(presets[initialPeriod]);
  const [tried, setTried] = useState(false);
  const problem = periodProblem(period);
  const submit = () => {
    setTried(true);
    if (!problem) onExport(period);
  };
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">{description}</Typography>
          <ReportPeriodFields period={period} onChange={setPeriod} problem={tried ? problem : null} />
          {choices}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={submit}>
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
