import Add from '@mui/icons-material/Add';
import Flag from '@mui/icons-material/Flag';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Goal, Objective, Plan } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { usePlan, usePlanChange } from '../../components/plan/planQueries';
import { AddPlanReviewToNextMeeting } from '../agendaReviews/AddPlanReviewToNextMeeting';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { GoalFormDialog } from './GoalFormDialog';
import { GoalSection } from './GoalSection';
import { MissionCard } from './MissionCard';
import { NeedsAttention } from './NeedsAttention';
import { ObjectiveDrawer } from './ObjectiveDrawer';
import { ObjectiveFormDialog } from './ObjectiveFormDialog';
import { PlanExportButton } from './PlanExportButton';
import { useUndo } from '../../components/useUndo';

type Editing = { kind: 'goal'; goal?: Goal } | { kind: 'objective'; goalId: string; objective?: Objective } | { kind: 'delete-goal'; goal: Goal } | null;

/** The coalition's strategic plan: mission, what needs attention, then each goal with its objectives and their progress. */
export function PlanPage() {
  const plan = usePlan();
  const [editing, setEditing] = useState<Editing>(null);
  const [search, setSearch] = useSearchParams();
  const openObjective = search.get('objective');
  const setOpenObjective = (id: string | null) => setSearch(id ? { objective: id } : {});
  const { offerUndo, undoSnackbar } = useUndo();
  const { notifyError } = useNotify();
  const restoreGoal = usePlanChange('plan.restoreGoal');
  const restoreObjective = usePlanChange('plan.restoreObjective');
  const deleteGoal = usePlanChange('plan.deleteGoal', {
    onSuccess: (_result, input) => offerUndo({ message: 'Goal deleted.', undo: () => restoreGoal.mutateAsync({ id: input.id }) }),
    onError: notifyError,
  });
  const addGoal = () => setEditing({ kind: 'goal' });

  return (
    <Stack sx={{ gap: 3, maxWidth: 1100, minWidth: 0 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Plan</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {plan.data && plan.data.goals.length > 0 && <AddPlanReviewToNextMeeting />}
          {plan.data && plan.data.goals.length > 0 && <PlanExportButton />}
          <Button variant="contained" startIcon={<Add />} onClick={addGoal}>
            Add goal
          </Button>
        </Stack>
      </Stack>
      {plan.isPending && <CircularProgress aria-label="Loading the plan" />}
      {plan.isError && <Alert severity="error">{errorMessage(plan.error)}</Alert>}
      {plan.data && (
        <PlanContent
          plan={plan.data}
          onAddGoal={addGoal}
          onEditGoal={(goal) => setEditing({ kind: 'goal', goal })}
          onDeleteGoal={(goal) => setEditing({ kind: 'delete-goal', goal })}
          onAddObjective={(goalId) => setEditing({ kind: 'objective', goalId })}
          onOpenObjective={setOpenObjective}
        />
      )}
      {editing?.kind === 'goal' && <GoalFormDialog goal={editing.goal} onClose={() => setEditing(null)} />}
      {editing?.kind === 'objective' && plan.data && (
        <ObjectiveFormDialog goals={plan.data.goals} goalId={editing.goalId} objective={editing.objective} onClose={() => setEditing(null)} />
      )}
      {editing?.kind === 'delete-goal' && (
        <ConfirmDeleteDialog
          title="Delete this goal?"
          explanation={deleteGoalWords(editing.goal)}
          confirmLabel={editing.goal.objectives.length > 0 ? 'Delete goal and objectives' : 'Delete goal'}
          onCancel={() => setEditing(null)}
          onConfirm={() => {
            deleteGoal.mutate({ id: editing.goal.id, withObjectives: true });
            setEditing(null);
          }}
        />
      )}
      <ObjectiveDrawer
        objectiveId={openObjective}
        goals={plan.data?.goals ?? []}
        today={plan.data?.today ?? ''}
        onClose={() => setOpenObjective(null)}
        onDeleted={(id) => {
          setOpenObjective(null);
          offerUndo({ message: 'Objective deleted.', undo: () => restoreObjective.mutateAsync({ id }) });
        }}
      />
      {undoSnackbar}
    </Stack>
  );
}

function deleteGoalWords(goal: Goal): string {
  const count = goal.objectives.length;
  if (count === 0) return `“${goal.title}” leaves the plan. You can undo this right after.`;
  const objectives = count === 1 ? 'its objective' : `its ${count} objectives`;
  return `“${goal.title}” leaves the plan with ${objectives}, their updates and links. You can undo this right after.`;
}

interface PlanContentProps {
  plan: Plan;
  onAddGoal: () => void;
  onEditGoal: (goal: Goal) => void;
  onDeleteGoal: (goal: Goal) => void;
  onAddObjective: (goalId: string) => void;
  onOpenObjective: (id: string) => void;
}

function PlanContent({ plan, onAddGoal, onEditGoal, onDeleteGoal, onAddObjective, onOpenObjective }: PlanContentProps) {
  return (
    <>
      <MissionCard mission={plan.mission} />
      {plan.goals.length === 0 ? (
        <NoGoalsYet onAdd={onAddGoal} />
      ) : (
        <>
          <NeedsAttention plan={plan} onOpen={onOpenObjective} />
          {plan.goals.map((goal, index) => (
            <GoalSection
              key={goal.id}
              goal={goal}
              number={index + 1}
              onEdit={() => onEditGoal(goal)}
              onDelete={() => onDeleteGoal(goal)}
              onAddObjective={() => onAddObjective(goal.id)}
              onOpenObjective={onOpenObjective}
            />
          ))}
        </>
      )}
    </>
  );
}

function NoGoalsYet({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack sx={{ gap: 2, alignItems: 'center' }}>
        <Flag color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No goals yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 560 }}>
          Start with the two or three things the coalition has agreed to change. Add each as a goal, then give it specific objectives: what is counted, from
          where to where, by when, and who owns it. Review them at meetings and record progress as you go.
        </Typography>
        <Button variant="contained" startIcon={<Add />} onClick={onAdd}>
          Add the first goal
        </Button>
      </Stack>
    </Paper>
  );
}
