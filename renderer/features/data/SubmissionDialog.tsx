import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import type { Submission } from '../../../shared/contract';
import { isApiError } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { formatDate, formatDateTime } from '../../format/formatDate';
import { CorrectionsHistory } from './CorrectionsHistory';
import { useDataChange, useSubmission } from './dataQueries';
import { FigureLine } from './FigureLine';
import { type SubmissionDraft, changesStoredFigures, draftOf, figuresOf } from './figureDraft';

/** The entry form for one organization and period. Mount it only while open. */
export function SubmissionDialog({ organizationId, period, onClose }: { organizationId: string; period: string; onClose: () => void }) {
  const submission = useSubmission(organizationId, period);
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" fullScreen={narrow} aria-labelledby="submission-title">
      {submission.isPending && (
        <DialogContent>
          <CircularProgress aria-label="Loading the figures" />
        </DialogContent>
      )}
      {submission.isError && (
        <DialogContent>
          <Alert severity="error">{errorMessage(submission.error)}</Alert>
        </DialogContent>
      )}
      {submission.data && <SubmissionForm submission={submission.data} onClose={onClose} />}
    </Dialog>
  );
}

function SubmissionForm({ submission, onClose }: { submission: Submission; onClose: () => void }) {
  const { notify } = useNotify();
  const [draft, setDraft] = useState<SubmissionDraft>(() => draftOf(submission));
  const [note, setNote] = useState(submission.note);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const correcting = changesStoredFigures(submission, draft);
  const save = useDataChange('data.saveSubmission', {
    onSuccess: () => {
      notify(correcting ? 'Correction saved; the earlier figures are in the history.' : 'Figures saved.', 'success');
      onClose();
    },
    onError: (error) => {
      if (isApiError(error, 'VALIDATION') && error.fieldErrors) setErrors(error.fieldErrors);
      else notify(errorMessage(error), 'error');
    },
  });
  const submit = () => {
    const { figures, problems } = figuresOf(draft);
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([id, message]) => [`figures.${id}`, [message]])));
      return;
    }
    setErrors({});
    save.mutate({ organizationId: submission.organization.id, period: submission.period.id, note, reason, figures });
  };
  const names = new Map(submission.lines.map((line) => [line.measure.id, line.measure.name]));
  const errorCount = Object.keys(errors).length;
  return (
    <>
      <DialogTitle id="submission-title">
        {submission.organization.name}: {submission.period.label}
      </DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2 }}>
          <Alert severity="info" variant="outlined">
            <strong>Counts only, never people.</strong> Enter how many, not who: no names, dates of birth or case numbers, not even in the note. Leave a figure
            blank if it is not known yet.
          </Alert>
          <Typography variant="body2" color="text.secondary">
            {submission.submittedAt ? `Submitted ${formatDateTime(submission.submittedAt)} by ${submission.submittedBy ?? 'someone'}.` : 'Not submitted yet.'}{' '}
            Due {formatDate(submission.period.dueOn)}.
          </Typography>
          {errorCount > 0 && (
            <Alert severity="error" role="alert">
              {errorCount === 1 ? 'One thing needs a look before saving.' : `${errorCount} things need a look before saving.`} They are marked below.
            </Alert>
          )}
          {submission.lines.length === 0 && (
            <Typography color="text.secondary">
              This organization owes no measures for this period. Switch on a measure set that its sector reports, on the Measures tab.
            </Typography>
          )}
          {submission.lines.map((line) => (
            <FigureLine
              key={line.measure.id}
              line={line}
              totalName={line.measure.within24hOf ? names.get(line.measure.within24hOf) : undefined}
              draft={draft[line.measure.id] ?? { total: '', breakdown: {} }}
              error={errors[`figures.${line.measure.id}`]?.[0]}
              onChange={(next) => setDraft({ ...draft, [line.measure.id]: next })}
            />
          ))}
          <TextField
            label="Note on this submission (optional)"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            error={!!errors.note}
            helperText={
              errors.note?.[0] ??
              'How the figures were counted, e.g. “Missing counts absences of 24 hours or more.” Never a name, a date of birth or a case number.'
            }
          />
          {correcting && (
            <TextField
              label="Why the figures change"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              error={!!errors.reason}
              helperText={errors.reason?.[0] ?? 'Kept in the history with the earlier figures, your name and the time.'}
            />
          )}
          <CorrectionsHistory corrections={submission.corrections} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={save.isPending || submission.lines.length === 0}>
          {correcting ? 'Save correction' : submission.submittedAt ? 'Save figures' : 'Submit figures'}
        </Button>
      </DialogActions>
    </>
  );
}
