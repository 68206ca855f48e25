import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { actionItemInputSchema, actionItemUpdateSchema, type ActionItem } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { OptionSelect } from '../directory/OptionSelect';
import { useDraftForm } from '../directory/useDraftForm';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';
import { actionItemFieldsFromDraft, actionItemFormKeys, draftFromActionItem, emptyActionItemDraft } from './actionItemDraft';
import { actionFieldLabels as labels, actionPriorityLabels, actionStatusLabels } from './actionLabels';

export interface ActionItemFormDialogProps {
  open: boolean;
  onClose: () => void;
  /** Editing an existing item; otherwise a new one is created. */
  item?: ActionItem;
  /** For a new item captured during a meeting. */
  source?: { meetingId: string; agendaItemId: string | null };
  /** Called with the saved item, after the dialog closes. */
  onSaved?: (item: ActionItem) => void;
}

const dateLabel = { inputLabel: { shrink: true } };

/** Add or edit an action item; every opening starts from fresh values. */
export function ActionItemFormDialog(props: ActionItemFormDialogProps) {
  return props.open ? <ActionItemForm {...props} /> : null;
}

function ActionItemForm({ onClose, item, source, onSaved }: ActionItemFormDialogProps) {
  const form = useDraftForm(item ? draftFromActionItem(item) : emptyActionItemDraft, actionItemFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = (result: ActionItem) => {
    notify(item ? 'Action item saved.' : 'Action item added.', 'success');
    onClose();
    onSaved?.(result);
  };
  const create = useMeetingChange('actions.create', { onSuccess: saved, onError: form.showSaveError });
  const update = useMeetingChange('actions.update', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    const fields = actionItemFieldsFromDraft(draft);
    if (item) {
      const input = form.validate(actionItemUpdateSchema, { ...fields, id: item.id });
      if (input) update.mutate(input);
      return;
    }
    const input = form.validate(actionItemInputSchema, {
      ...fields,
      status: draft.status,
      sourceMeetingId: source?.meetingId ?? null,
      sourceAgendaItemId: source?.agendaItemId ?? null,
    });
    if (input) create.mutate(input);
  };

  return (
    <FormDialog title={item ? 'Edit action item' : 'Add action item'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('title', labels.title)} autoFocus helperText={errorOf('title') ?? 'What needs doing, starting with a verb.'} />
      <TextField {...textField('details', labels.details)} multiline minRows={3} />
      <DirectoryPicker
        kind="member"
        activeOnly
        size="medium"
        label={labels.ownerId}
        anyLabel="No owner yet"
        value={draft.ownerId}
        onChange={(ownerId) => set('ownerId', ownerId)}
        error={errorOf('ownerId')}
        helperText="Their organization follows them."
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('dueOn', labels.dueOn)} type="date" slotProps={dateLabel} />
        <OptionSelect
          label={labels.priority}
          value={draft.priority}
          onChange={(priority) => set('priority', priority)}
          options={actionPriorityLabels}
          error={errorOf('priority')}
        />
        {!item && (
          <OptionSelect
            label={labels.status}
            value={draft.status}
            onChange={(status) => set('status', status)}
            options={actionStatusLabels}
            error={errorOf('status')}
          />
        )}
      </Stack>
    </FormDialog>
  );
}
