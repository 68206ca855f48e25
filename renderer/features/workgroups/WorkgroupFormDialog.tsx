import TextField from '@mui/material/TextField';
import { workgroupInputSchema, type Workgroup } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { MemberPicker, MembersPicker } from '../directory/MemberPicker';
import { draftFromWorkgroup, emptyWorkgroupDraft, workgroupFieldLabels as labels, workgroupFormKeys } from './workgroupDraft';

interface WorkgroupFormDialogProps {
  /** The workgroup to edit; without it the dialog adds one. */
  workgroup?: Workgroup;
  onClose: () => void;
}

/** Add or edit a workgroup. Mount it only while open, so every opening starts from fresh values. */
export function WorkgroupFormDialog({ workgroup, onClose }: WorkgroupFormDialogProps) {
  const form = useDraftForm(workgroup ? draftFromWorkgroup(workgroup) : emptyWorkgroupDraft, workgroupFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = () => {
    notify(workgroup ? 'Workgroup saved.' : 'Workgroup added.', 'success');
    onClose();
  };
  const create = useMeetingChange('workgroups.create', { onSuccess: saved, onError: form.showSaveError });
  const update = useMeetingChange('workgroups.update', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    const input = form.validate(workgroupInputSchema, draft);
    if (!input) return;
    if (workgroup) update.mutate({ ...input, id: workgroup.id });
    else create.mutate(input);
  };

  return (
    <FormDialog title={workgroup ? 'Edit workgroup' : 'Add workgroup'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('name', labels.name)} autoFocus placeholder="e.g. Protocols, Training, Data" />
      <TextField
        {...textField('description', labels.description)}
        multiline
        minRows={2}
        helperText={errorOf('description') ?? 'What the workgroup works on.'}
      />
      <MemberPicker
        label={labels.chairId}
        value={draft.chairId}
        onChange={(id) => {
          set('chairId', id);
          if (id && !draft.memberIds.includes(id)) set('memberIds', [...draft.memberIds, id]);
        }}
        error={errorOf('chairId')}
      />
      <MembersPicker
        label={labels.memberIds}
        value={draft.memberIds}
        onChange={(ids) => set('memberIds', ids)}
        error={errorOf('memberIds')}
        helperText="Inviting the workgroup to a meeting invites these members."
      />
    </FormDialog>
  );
}
