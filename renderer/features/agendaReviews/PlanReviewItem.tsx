import NavigateBefore from '@mui/icons-material/NavigateBefore';
import NavigateNext from '@mui/icons-material/NavigateNext';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ReviewedObjective } from '../../../shared/contract';
import { planStatusLabels } from '../../../shared/planStatus';
import { formatAmount, progressWords, targetWords } from '../../../shared/planProgressWords';
import { errorMessage } from '../../components/errorMessage';
import { PlanStatusChip } from '../../components/plan/PlanStatusChip';
import { usePlanReview } from './agendaReviewQueries';
import { PlanReviewUpdateForm } from './PlanReviewUpdateForm';
import { formatDate } from '../../format/formatDate';

/**
 * "Plan review": the plan's objectives one at a time, those at risk, off track or overdue first, each with its status
 * and progress; the facilitator records where it stands now. Updates go into the plan and into these minutes.
 */
export function PlanReviewItem({ itemId }: { itemId: string }) {
  const review = usePlanReview(itemId);
  const [index, setIndex] = useState(0);
  if (review.isPending) return <CircularProgress size={24} aria-label="Loading the plan review" />;
  if (review.isError) return <Alert severity="error">{errorMessage(review.error)}</Alert>;
  const { objectives, editable, recordedOn } = review.data;
  if (objectives.length === 0)
    return <Alert severity="info">The plan has no objectives yet. Add goals and objectives on the Plan page, then review them here.</Alert>;
  const at = Math.min(index, objectives.length - 1);
  const current = objectives[at] as ReviewedObjective;
  const updated = objectives.filter((entry) => entry.updatesHere.length > 0).length;
  const flagged = objectives.filter((entry) => entry.needsAttention).length;

  return (
    <Stack component="section" aria-label="Plan review" sx={{ gap: 1.5 }}>
      <Typography color="text.secondary">
        {flagged > 0
          ? `${flagged} of ${objectives.length} objectives need attention and come first. `
          : `All ${objectives.length} objectives are on track, done or dropped. `}
        {updated > 0 ? `Updated at this meeting: ${updated}.` : 'Nothing recorded at this meeting yet.'}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Button startIcon={<NavigateBefore />} disabled={at === 0} onClick={() => setIndex(at - 1)}>
          Previous objective
        </Button>
        <Typography aria-live="polite">
          Objective {at + 1} of {objectives.length}
        </Typography>
        <Button endIcon={<NavigateNext />} disabled={at === objectives.length - 1} onClick={() => setIndex(at + 1)}>
          Next objective
        </Button>
      </Stack>
      <ObjectiveCard entry={current} />
      {editable ? (
        <PlanReviewUpdateForm key={current.objective.id} itemId={itemId} objective={current.objective} recordedOn={recordedOn} />
      ) : (
        <Alert severity="info">These minutes can no longer change, so no update can be recorded here.</Alert>
      )}
    </Stack>
  );
}

function ObjectiveCard({ entry }: { entry: ReviewedObjective }) {
  const { objective } = entry;
  return (
    <Paper variant="outlined" component="article" aria-label={objective.title} sx={{ p: 2, display: 'grid', gap: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
        Goal: {entry.goalTitle}
      </Typography>
      <Typography variant="h3" sx={{ fontSize: '1.1rem', fontWeight: 600, overflowWrap: 'anywhere' }}>
        {objective.title}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <PlanStatusChip status={objective.status} overdue={objective.overdue} />
        <Typography variant="body2">{progressWords(objective, formatDate)}</Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[objective.measure && `Counted as: ${objective.measure}`, targetWords(objective, formatDate), objective.owner && `Owner: ${objective.owner.name}`]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {entry.updatesHere.length > 0 && (
        <Stack component="ul" aria-label="Recorded at this meeting" sx={{ m: 0, pl: 2.5 }}>
          {entry.updatesHere.map((update) => (
            <li key={update.id}>
              <Typography variant="body2">
                Recorded here: {planStatusLabels[update.status]}
                {update.value !== null && `, value ${formatAmount(update.value)}`}
                {update.note && ` – ${update.note}`}
              </Typography>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
