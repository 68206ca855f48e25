import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type Training, trainingInputSchema } from '../../../shared/contract';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';
import { DutiesField } from '../../components/forms/DutiesField';
import { SectorsField } from '../../components/forms/SectorsField';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { type TrainingDraft, draftFromTraining, emptyTrainingDraft, trainingFormKeys, trainingInputOf } from './trainingDraft';
import { useTrainingChange } from './trainingQueries';

interface TrainingFormDialogProps {
  training?: Training;
  today: string;
  onClose: () => void;
}

/** Log or edit a training. Mount it only while open, so every opening starts from fresh values. */
export function TrainingFormDialog({ training, today, onClose }: TrainingFormDialogProps) {
  const form = useDraftForm<TrainingDraft>(training ? draftFromTraining(training) : emptyTrainingDraft(today), trainingFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = () => {
    notify(training ? 'Training saved.' : 'Training logged.', 'success');
    onClose();
  };
  const create = useTrainingChange('trainings.create', { onSuccess: saved, onError: form.showSaveError });
  const update = useTrainingChange('trainings.update', { onSuccess: saved, onError: form.showSaveError });
  const submit = () => {
    const input = form.validate(trainingInputSchema, trainingInputOf(draft));
    if (!input) return;
    if (training) update.mutate({ ...input, id: training.id });
    else create.mutate(input);
  };

  return (
    <FormDialog title={training ? 'Edit training' : 'Log a training'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('title', 'Title')} autoFocus placeholder="e.g. Recognizing trafficking at the front desk" />
      <TextField {...textField('heldOn', 'Day of the training')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
      <DirectoryPicker
        kind="organization"
        label="Trainer organization"
        anyLabel="Not recorded"
        size="medium"
        activeOnly
        value={draft.trainerOrganizationId}
        onChange={(id) => set('trainerOrganizationId', id)}
        error={errorOf('trainerOrganizationId')}
      />
      <TextField
        {...textField('curriculum', 'Curriculum')}
        multiline
        minRows={2}
        helperText={errorOf('curriculum') ?? 'What was taught, or the name of the curriculum used.'}
      />
      <SectorsField
        label="Audience sectors"
        value={draft.audienceSectors}
        onChange={(chosen) => set('audienceSectors', chosen)}
        error={errorOf('audienceSectors')}
        helperText="Hotels, truck stops and salons are “Businesses where trafficking can happen”."
      />
      <TextField {...textField('audienceDetail', 'Audience detail')} placeholder="e.g. Hotel front desk staff" />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
        <TextField {...textField('numberTrained', 'Number trained')} inputMode="numeric" sx={{ flex: 1 }} />
        <Stack sx={{ flex: 1 }}>
          <FormControlLabel
            control={<Checkbox checked={draft.acknowledgmentsCollected} onChange={(event) => set('acknowledgmentsCollected', event.target.checked)} />}
            label="Acknowledgments collected"
          />
          {draft.acknowledgmentsCollected && <TextField {...textField('acknowledgmentCount', 'Signed acknowledgments')} inputMode="numeric" />}
          {!draft.acknowledgmentsCollected && errorOf('acknowledgmentCount') && <FormHelperText error>{errorOf('acknowledgmentCount')}</FormHelperText>}
        </Stack>
      </Stack>
      <DutiesField legend="Duties it serves (P.L. 113-183)" value={draft.duties} onChange={(chosen) => set('duties', chosen)} error={errorOf('duties')} />
    </FormDialog>
  );
}
