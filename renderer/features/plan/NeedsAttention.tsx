import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Objective, Plan } from '../../../shared/contract';
import { planStatusLabels } from '../../../shared/planStatus';

const SHOWN = 8;

const stoppedFollowing = (objective: Objective) => objective.figures?.measureActive === false;

/** At the top of the plan: objectives at risk, off track, past their date or no longer following their figures, each a link to open it. */
export function NeedsAttention({ plan, onOpen }: { plan: Plan; onOpen: (id: string) => void }) {
  const objectives = plan.goals.flatMap((goal) => goal.objectives);
  const flagged = objectives.filter(
    (objective) => objective.overdue || objective.status === 'at-risk' || objective.status === 'off-track' || stoppedFollowing(objective),
  );
  if (objectives.length === 0) return null;
  if (flagged.length === 0) {
    return (
      <Alert severity="success" variant="outlined">
        Nothing is at risk, off track or overdue.
      </Alert>
    );
  }
  const atRisk = flagged.filter((objective) => objective.status === 'at-risk' || objective.status === 'off-track').length;
  const overdue = flagged.filter((objective) => objective.overdue).length;
  const stopped = flagged.filter(stoppedFollowing).length;
  return (
    <Box component="section" aria-label="Needs attention">
      <Alert severity="warning" variant="outlined" role="none" sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}>
        <AlertTitle>
          Needs attention:{' '}
          {[atRisk > 0 && `${atRisk} at risk or off track`, overdue > 0 && `${overdue} overdue`, stopped > 0 && `${stopped} no longer following the figures`]
            .filter(Boolean)
            .join(', ')}
        </AlertTitle>
        <Stack component="ul" sx={{ m: 0, pl: 2.5, gap: 0.5 }}>
          {flagged.slice(0, SHOWN).map((objective) => (
            <li key={objective.id}>
              <Link component="button" type="button" onClick={() => onOpen(objective.id)} sx={{ textAlign: 'left', overflowWrap: 'anywhere' }}>
                {objective.title}
              </Link>{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                {why(objective)}
              </Typography>
            </li>
          ))}
        </Stack>
        {flagged.length > SHOWN && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            and {flagged.length - SHOWN} more, marked in the goals below.
          </Typography>
        )}
      </Alert>
    </Box>
  );
}

function why(objective: Objective): string {
  const parts = [
    objective.status === 'at-risk' || objective.status === 'off-track' ? planStatusLabels[objective.status].toLowerCase() : null,
    objective.overdue ? `target date ${objective.targetDate ?? ''} passed` : null,
    stoppedFollowing(objective) ? 'its measure was switched off on the Data page' : null,
  ];
  return `(${parts.filter(Boolean).join(', ')})`;
}
