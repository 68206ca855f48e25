import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type Goal, type Objective, objectiveInputSchema } from '../../../shared/contract';
import { canMovePlanStatus, planProgressModeLabels, planStatusLabels, planStatuses } from '../../../shared/planStatus';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { useWorkgroups } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { usePlanChange } from '../../components/plan/planQueries';
import { FormDialog } from '../directory/FormDialog';
import { FollowedMeasureFields } from './FollowedMeasureFields';
import { useDraftForm } from '../directory/useDraftForm';
import { MemberPicker } from '../directory/MemberPicker';
import { type ObjectiveDraft, draftFromObjective, emptyObjectiveDraft, objectiveFormKeys, objectiveInputFrom } from './objectiveDraft';

const ownerKinds = { none: 'Not decided yet', member: 'A member', workgroup: 'A workgroup' } as const;

interface ObjectiveFormDialogProps {
  goals: readonly Goal[];
  /** The goal a new objective goes under. */
  goalId: string;
  objective?: Objective;
  onClose: () => void;
}

/** Add or edit an objective: what is counted, from where to where by when, who owns it, and how progress is followed. */
export function ObjectiveFormDialog({ goals, goalId, objective, onClose }: ObjectiveFormDialogProps) {
  const form = useDraftForm<ObjectiveDraft>(objective ? draftFromObjective(objective) : emptyObjectiveDraft(goalId), objectiveFormKeys);
  const { draft, set, errorOf, textField } = form;
  const workgroups = useWorkgroups();
  const { notify } = useNotify();
  const saved = () => {
    notify(objective ? 'Objective saved.' : 'Objective added.', 'success');
    onClose();
  };
  const create = usePlanChange('plan.createObjective', { onSuccess: saved, onError: form.showSaveError });
  const update = usePlanChange('plan.updateObjective', { onSuccess: saved, onError: form.showSaveError });
  const submit = () => {
    const input = form.validate(objectiveInputSchema, objectiveInputFrom(draft));
    if (!input) return;
    if (objective) update.mutate({ ...input, id: objective.id });
    else create.mutate(input);
  };
  const currentWorkgroup = objective?.owner?.kind === 'workgroup' ? objective.owner : null;

  return (
    <FormDialog title={objective ? 'Edit objective' : 'Add objective'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('title', 'Objective')} autoFocus placeholder="e.g. Screen every youth entering care within 24 hours" />
      <TextField
        select
        label="Goal"
        value={draft.goalId}
        onChange={(event) => set('goalId', event.target.value)}
        error={Boolean(errorOf('goalId'))}
        helperText={errorOf('goalId')}
      >
        {goals.map((goal) => (
          <MenuItem key={goal.id} value={goal.id} sx={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
            {goal.title}
          </MenuItem>
        ))}
      </TextField>
      <ChoiceGroup label="Owner" value={draft.ownerKind} onChange={(kind) => set('ownerKind', kind)} options={ownerKinds} />
      {draft.ownerKind === 'member' && (
        <MemberPicker label="Owner (member)" value={draft.ownerMemberId} onChange={(id) => set('ownerMemberId', id)} error={errorOf('owner')} />
      )}
      {draft.ownerKind === 'workgroup' && (
        <TextField
          select
          label="Owner (workgroup)"
          value={draft.ownerWorkgroupId}
          onChange={(event) => set('ownerWorkgroupId', event.target.value)}
          error={Boolean(errorOf('owner'))}
          helperText={errorOf('owner')}
        >
          {currentWorkgroup && !workgroups.data?.some((workgroup) => workgroup.id === currentWorkgroup.id) && (
            <MenuItem value={currentWorkgroup.id}>{currentWorkgroup.name} (archived)</MenuItem>
          )}
          {workgroups.data?.map((workgroup) => (
            <MenuItem key={workgroup.id} value={workgroup.id}>
              {workgroup.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField {...textField('measure', 'Measure')} helperText={errorOf('measure') ?? 'What is counted, e.g. "youth screened within 24 hours, per cent".'} />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('baseline', 'Baseline')} inputMode="decimal" fullWidth />
        <TextField {...textField('target', 'Target')} inputMode="decimal" fullWidth />
        <TextField {...textField('targetDate', 'Target date')} type="date" slotProps={{ inputLabel: { shrink: true } }} fullWidth />
      </Stack>
      <TextField
        select
        label="Status"
        value={draft.status}
        onChange={(event) => set('status', event.target.value as ObjectiveDraft['status'])}
        error={Boolean(errorOf('status'))}
        helperText={errorOf('status') ?? (objective ? 'To explain a change, record a progress update instead: it keeps the date and a note.' : undefined)}
      >
        {planStatuses.map((status) => (
          <MenuItem key={status} value={status} disabled={objective ? !canMovePlanStatus(objective.status, status) : false}>
            {planStatusLabels[status]}
          </MenuItem>
        ))}
      </TextField>
      <ChoiceGroup label="Progress" value={draft.progressMode} onChange={(mode) => set('progressMode', mode)} options={planProgressModeLabels} />
      {draft.progressMode === 'figures' && (
        <FollowedMeasureFields
          measure={draft.figures}
          span={draft.span}
          switchedOff={objective?.figures?.measureActive === false && objective.figures.measureId === draft.figures?.id}
          error={errorOf('figures')}
          onMeasure={(measure) => set('figures', measure)}
          onSpan={(span) => set('span', span)}
        />
      )}
    </FormDialog>
  );
}
