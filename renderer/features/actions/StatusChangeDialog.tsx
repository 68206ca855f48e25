import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { statusChangeSchema, type ActionStatus } from '../../../shared/contract';
import { FormDialog } from '../directory/FormDialog';
import { OptionSelect } from '../directory/OptionSelect';
import { useDraftForm } from '../directory/useDraftForm';
import { actionFieldLabels, actionStatusLabels } from './actionLabels';

export interface StatusChange {
  status: ActionStatus;
  note: string;
}

const changeSchema = statusChangeSchema.pick({ status: true, note: true });
const formKeys = ['status', 'note'];

interface StatusChangeDialogProps {
  title: string;
  /** What saving will do, in words, e.g. how many items change. */
  explanation: string;
  submitLabel?: string;
  initialStatus: ActionStatus | '';
  onClose: () => void;
  /** Sends the change; a rejection with field errors shows them next to the fields. */
  onSubmit: (change: StatusChange) => Promise<unknown>;
}

/** A new status with an optional note, for one item or many. Mount it only while open. */
export function StatusChangeDialog({ title, explanation, submitLabel, initialStatus, onClose, onSubmit }: StatusChangeDialogProps) {
  const form = useDraftForm<{ status: ActionStatus | ''; note: string }>({ status: initialStatus, note: '' }, formKeys);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const change = form.validate(changeSchema, form.draft);
    if (!change) return;
    setSaving(true);
    try {
      await onSubmit(change);
      onClose();
    } catch (error) {
      form.showSaveError(error);
      setSaving(false);
    }
  };

  return (
    <FormDialog title={title} open saving={saving} onClose={onClose} onSubmit={() => void submit()} submitLabel={submitLabel}>
      <Typography>{explanation}</Typography>
      <OptionSelect
        label={actionFieldLabels.status}
        value={form.draft.status}
        onChange={(status) => form.set('status', status)}
        options={actionStatusLabels}
        emptyOption={initialStatus ? undefined : 'Choose…'}
        error={form.errorOf('status')}
      />
      <TextField
        {...form.textField('note', actionFieldLabels.note)}
        multiline
        minRows={2}
        helperText={form.errorOf('note') ?? 'Optional: what happened, what is in the way.'}
      />
    </FormDialog>
  );
}
