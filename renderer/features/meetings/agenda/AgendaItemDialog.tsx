import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { agendaItemInputSchema, agendaItemUpdateSchema, type AgendaItem } from '../../../../shared/contract';
import { useMeetingChange } from '../../../components/meetings/meetingQueries';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { FormDialog } from '../../directory/FormDialog';
import { OptionSelect } from '../../directory/OptionSelect';
import { useDraftForm } from '../../directory/useDraftForm';
import { agendaItemTypeLabels } from '../meetingLabels';
import { MemberPicker } from '../../directory/MemberPicker';
import { agendaItemFieldLabels as labels, agendaItemFieldsFromDraft, agendaItemFormKeys, draftFromAgendaItem, emptyAgendaItemDraft } from './agendaDraft';

interface AgendaItemDialogProps {
  meetingId: string;
  /** The item to edit; without it the dialog adds one at the end. */
  item?: AgendaItem;
  onClose: () => void;
}

/** Add or edit one agenda item. Mount it only while open. */
export function AgendaItemDialog({ meetingId, item, onClose }: AgendaItemDialogProps) {
  const form = useDraftForm(item ? draftFromAgendaItem(item) : emptyAgendaItemDraft, agendaItemFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = () => {
    notify(item ? 'Agenda item saved.' : 'Agenda item added.', 'success');
    onClose();
  };
  const add = useMeetingChange('agenda.addItem', { onSuccess: saved, onError: form.showSaveError });
  const update = useMeetingChange('agenda.updateItem', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    const fields = agendaItemFieldsFromDraft(draft);
    if (item) {
      const input = form.validate(agendaItemUpdateSchema, { ...fields, id: item.id });
      if (input) update.mutate(input);
      return;
    }
    const input = form.validate(agendaItemInputSchema, { ...fields, meetingId });
    if (input) add.mutate(input);
  };

  return (
    <FormDialog title={item ? 'Edit agenda item' : 'Add agenda item'} open saving={add.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('title', labels.title)} autoFocus />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <OptionSelect
          label={labels.type}
          value={draft.type}
          onChange={(value) => set('type', value)}
          options={agendaItemTypeLabels}
          error={errorOf('type')}
          helperText="A decision item expects the group to decide something."
        />
        <TextField {...textField('timeboxMinutes', labels.timeboxMinutes)} type="number" slotProps={{ htmlInput: { min: 0, max: 480, step: 5 } }} />
      </Stack>
      <MemberPicker label={labels.presenterId} value={draft.presenterId} onChange={(id) => set('presenterId', id)} error={errorOf('presenterId')} />
      <TextField {...textField('description', labels.description)} multiline minRows={3} />
    </FormDialog>
  );
}
