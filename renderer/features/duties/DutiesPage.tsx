import CheckCircle from '@mui/icons-material/CheckCircle';
import Adjust from '@mui/icons-material/Adjust';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { DutyReview } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useUndo } from '../../components/useUndo';
import { formatDate } from '../../format/formatDate';
import { useDutyChecklist } from '../trainings/trainingQueries';
import { ComplianceSummaryButton } from './ComplianceSummaryButton';
import { DutyLinks } from './DutyLinks';

type UndoOffer = ReturnType<typeof useUndo>['offerUndo'];

const statusChips = {
  met: { label: 'Met', color: 'success', icon: <CheckCircle /> },
  partial: { label: 'Partly met', color: 'warning', icon: <Adjust /> },
  missing: { label: 'Missing', color: 'default', icon: <RadioButtonUnchecked /> },
} as const;

const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

function evidenceLines(duty: DutyReview): string[] {
  return [
    ...duty.evidence.protocols.map((protocol) => `Protocol: ${protocol.title}, adopted ${formatDate(protocol.adoptedOn)}`),
    ...duty.evidence.trainings.map((training) => `Training: ${training.title}, ${formatDate(training.heldOn)} (${training.numberTrained} trained)`),
    ...duty.evidence.meetings.filter((meeting) => !meeting.linked).map((meeting) => `Consultation: ${meeting.title}, ${formatDate(meeting.date)}`),
  ];
}

function DutyCard({ duty, index, offerUndo }: { duty: DutyReview; index: number; offerUndo: UndoOffer }) {
  const chip = statusChips[duty.status];
  const lines = evidenceLines(duty);
  return (
    <Paper variant="outlined" component="article" aria-label={duty.title} sx={{ p: 2.5 }}>
      <Stack sx={{ gap: 1 }}>
        <Stack direction="row" sx={{ gap: 1.5, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
          <Typography variant="h2" sx={wrapAnywhere}>
            {index + 1}. {duty.title}
          </Typography>
          <Chip icon={chip.icon} label={chip.label} color={chip.color} variant={duty.status === 'missing' ? 'outlined' : 'filled'} />
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {duty.summary}
        </Typography>
        <Typography sx={wrapAnywhere}>{duty.reason}</Typography>
        {duty.missing.length > 0 && (
          <Stack component="ul" aria-label="What is missing" sx={{ m: 0, pl: 3 }}>
            {duty.missing.map((line) => (
              <Typography component="li" key={line} variant="body2">
                {line}
              </Typography>
            ))}
          </Stack>
        )}
        <Typography variant="h3" sx={{ mt: 1 }}>
          Evidence
        </Typography>
        {lines.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No adopted protocol, training or consultation of the last 12 months serves this duty yet.
          </Typography>
        ) : (
          <Stack component="ul" aria-label="Evidence" sx={{ m: 0, pl: 3 }}>
            {lines.slice(0, 8).map((line, lineIndex) => (
              <Typography component="li" key={`${lineIndex}-${line}`} variant="body2" sx={wrapAnywhere}>
                {line}
              </Typography>
            ))}
            {lines.length > 8 && (
              <Typography component="li" variant="body2" color="text.secondary">
                and {lines.length - 8} more (all of them are in the compliance summary)
              </Typography>
            )}
          </Stack>
        )}
        <DutyLinks duty={duty} offerUndo={offerUndo} />
      </Stack>
    </Paper>
  );
}

/** The six duties of P.L. 113-183, each with its evidence, a status the app derives from it, and what is missing. */
export function DutiesPage() {
  const checklist = useDutyChecklist();
  const { offerUndo, undoSnackbar } = useUndo();
  return (
    <Stack sx={{ gap: 3, maxWidth: 1100, minWidth: 0 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Six duties</Typography>
        <ComplianceSummaryButton />
      </Stack>
      <Typography color="text.secondary" sx={{ maxWidth: 760 }}>
        What the Preventing Sex Trafficking and Strengthening Families Act (P.L. 113-183) asks of child welfare agencies, and the coalition’s evidence for each:
        adopted protocols, trainings and consultations of the last 12 months, and meetings and action items linked to a duty.
        {checklist.data && ` As of ${formatDate(checklist.data.asOf)}.`}
      </Typography>
      {checklist.isPending && <CircularProgress aria-label="Loading the checklist" />}
      {checklist.isError && <Alert severity="error">{errorMessage(checklist.error)}</Alert>}
      {checklist.data?.duties.map((duty, index) => (
        <DutyCard key={duty.id} duty={duty} index={index} offerUndo={offerUndo} />
      ))}
      {undoSnackbar}
    </Stack>
  );
}
