import TextField from '@mui/material/TextField';
import { type Goal, goalInputSchema } from '../../../shared/contract';
import { useNotify } from '../../components/notifications/NotificationContext';
import { usePlanChange } from '../../components/plan/planQueries';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';

/** Add or edit a goal. Mount it only while open. */
export function GoalFormDialog({ goal, onClose }: { goal?: Goal; onClose: () => void }) {
  const form = useDraftForm({ title: goal?.title ?? '', description: goal?.description ?? '' }, ['title', 'description']);
  const { notify } = useNotify();
  const saved = () => {
    notify(goal ? 'Goal saved.' : 'Goal added.', 'success');
    onClose();
  };
  const create = usePlanChange('plan.createGoal', { onSuccess: saved, onError: form.showSaveError });
  const update = usePlanChange('plan.updateGoal', { onSuccess: saved, onError: form.showSaveError });
  const submit = () => {
    const input = form.validate(goalInputSchema, form.draft);
    if (!input) return;
    if (goal) update.mutate({ ...input, id: goal.id });
    else create.mutate(input);
  };
  return (
    <FormDialog title={goal ? 'Edit goal' : 'Add goal'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...form.textField('title', 'Goal')} autoFocus placeholder="e.g. Every youth missing from care is looked for the same day" />
      <TextField
        {...form.textField('description', 'Description')}
        multiline
        minRows={2}
        helperText={form.errorOf('description') ?? 'Why this goal matters, in a sentence or two.'}
      />
    </FormDialog>
  );
}
