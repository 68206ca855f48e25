import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { invoke } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { ReportPeriodFields } from '../../components/periodExport/ReportPeriodFields';
import { type ReportPeriod, periodPresets, periodProblem } from '../../components/periodExport/reportPeriod';
import { type NarrativeDrafts, NarrativeFields } from './NarrativeFields';
import { annualReportKeys, useNarrative, useOutline } from './annualReportQueries';

const formats = { pdf: 'PDF, to print or send, with charts', docx: 'Word document (DOCX), to edit: the same words and tables' } as const;
export type AnnualReportFormat = keyof typeof formats;

interface AnnualReportDialogProps {
  onCancel: () => void;
  /** Called once the narrative is saved: start the export. */
  onExport: (request: ReportPeriod & { format: AnnualReportFormat }) => void;
}

/** The period, the coordinator's own words, what the report will hold, and the format. */
export function AnnualReportDialog({ onCancel, onExport }: AnnualReportDialogProps) {
  const [period, setPeriod] = useState<ReportPeriod>(periodPresets(new Date())['last-year']);
  const [format, setFormat] = useState<AnnualReportFormat>('pdf');
  const [drafts, setDrafts] = useState<NarrativeDrafts>({});
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const client = useQueryClient();
  const problem = periodProblem(period);
  const narrative = useNarrative(period, problem === null);
  const outline = useOutline(period, problem === null);
  const changePeriod = (next: ReportPeriod) => {
    setPeriod(next);
    setDrafts({});
  };
  const save = async () => {
    if (Object.keys(drafts).length === 0) return;
    const saved = await invoke('annualReport.saveNarrative', { ...period, sections: drafts });
    client.setQueryData(annualReportKeys.narrative(period), saved);
    setDrafts({});
  };
  const run = async (then: () => void) => {
    setTried(true);
    if (problem) return;
    setSaving(true);
    setFailure(null);
    try {
      await save();
      then();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="md" aria-labelledby="annual-report-title">
      <DialogTitle id="annual-report-title">Annual report</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">
            A report for funders, boards and legislatures on any period: the coalition and its jurisdiction, membership by sector and the gaps, meetings and
            consultation, protocols, trainings, the partners’ figures with charts, and progress on the plan. Small numbers are never shown exactly. Your own
            words below are kept with the report for this period, so you can come back to them.
          </Typography>
          <ReportPeriodFields period={period} onChange={changePeriod} problem={tried ? problem : null} />
          {narrative.isPending && problem === null && <CircularProgress size={24} aria-label="Loading the narrative" />}
          {narrative.data && <NarrativeFields key={`${period.from} ${period.to}`} narrative={narrative.data} drafts={drafts} onChange={setDrafts} />}
          {outline.data && (
            <Stack component="section" aria-label="What the report will hold" sx={{ gap: 0.5 }}>
              <Typography variant="subtitle2" component="h3">
                What the report will hold
              </Typography>
              {outline.data.sections.map((section) => (
                <Typography key={section.title} variant="body2">
                  <strong>{section.title}:</strong> {section.summary}
                </Typography>
              ))}
            </Stack>
          )}
          {outline.isError && <Alert severity="error">{errorMessage(outline.error)}</Alert>}
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} />
          {failure && <Alert severity="error">{failure}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button disabled={saving || Object.keys(drafts).length === 0} onClick={() => void run(() => undefined)}>
          Save narrative
        </Button>
        <Button variant="contained" disabled={saving} onClick={() => void run(() => onExport({ ...period, format }))}>
          Make report
        </Button>
      </DialogActions>
    </Dialog>
  );
}
