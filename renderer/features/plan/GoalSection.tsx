import Add from '@mui/icons-material/Add';
import Delete from '@mui/icons-material/Delete';
import Edit from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { Goal, Objective } from '../../../shared/contract';
import { targetWords } from '../../../shared/planProgressWords';
import { PlanStatusChip } from '../../components/plan/PlanStatusChip';
import { ObjectiveProgressBar } from './ObjectiveProgressBar';
import { formatDate } from '../../format/formatDate';

interface GoalSectionProps {
  goal: Goal;
  number: number;
  onEdit: () => void;
  onDelete: () => void;
  onAddObjective: () => void;
  onOpenObjective: (id: string) => void;
}

/** One goal with its objectives: each with owner, target, status and progress; a click opens the objective. */
export function GoalSection({ goal, number, onEdit, onDelete, onAddObjective, onOpenObjective }: GoalSectionProps) {
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 }, minWidth: 0 }}>
      <Stack sx={{ gap: 2 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
          <Stack sx={{ flex: 1, minWidth: 0, gap: 0.5 }}>
            <Typography id={headingId} variant="h2" sx={{ overflowWrap: 'anywhere' }}>
              Goal {number}: {goal.title}
            </Typography>
            {goal.description && (
              <Typography color="text.secondary" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {goal.description}
              </Typography>
            )}
          </Stack>
          <IconButton aria-label={`Edit goal ${number}`} onClick={onEdit}>
            <Edit />
          </IconButton>
          <IconButton aria-label={`Delete goal ${number}`} onClick={onDelete}>
            <Delete />
          </IconButton>
        </Stack>
        {goal.objectives.length === 0 ? (
          <Typography color="text.secondary">No objectives yet. Add one: what will be counted, and the target to reach by when.</Typography>
        ) : (
          <Stack component="ul" aria-label={`Objectives of goal ${number}`} sx={{ listStyle: 'none', m: 0, p: 0, gap: 1.5 }}>
            {goal.objectives.map((objective) => (
              <ObjectiveRow key={objective.id} objective={objective} onOpen={() => onOpenObjective(objective.id)} />
            ))}
          </Stack>
        )}
        <Button startIcon={<Add />} onClick={onAddObjective} sx={{ alignSelf: 'flex-start' }}>
          Add objective
        </Button>
      </Stack>
    </Paper>
  );
}

function ObjectiveRow({ objective, onOpen }: { objective: Objective; onOpen: () => void }) {
  const owner = objective.owner ? objective.owner.name : 'No owner yet';
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gap: { xs: 1, md: 2 },
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
        alignItems: 'center',
        borderTop: 1,
        borderColor: 'divider',
        pt: 1.5,
      }}
    >
      <Stack sx={{ gap: 0.5, minWidth: 0 }}>
        <Link component="button" type="button" onClick={onOpen} variant="body1" sx={{ textAlign: 'left', fontWeight: 600, overflowWrap: 'anywhere' }}>
          {objective.title}
        </Link>
        <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {owner} · {targetWords(objective, formatDate)}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <PlanStatusChip status={objective.status} overdue={objective.overdue} />
        </Stack>
      </Stack>
      <ObjectiveProgressBar objective={objective} />
    </Box>
  );
}
