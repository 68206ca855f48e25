import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { contract } from '../../../../shared/contract';
import { useMeetingChange } from '../../../components/meetings/meetingQueries';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { FormDialog } from '../../directory/FormDialog';
import { useDraftForm } from '../../directory/useDraftForm';

/** Saves the meeting's agenda (titles, types, timeboxes, descriptions; no notes, no presenters) under a name. */
export function SaveTemplateDialog({ meetingId, meetingTitle, onClose }: { meetingId: string; meetingTitle: string; onClose: () => void }) {
  const form = useDraftForm({ name: meetingTitle }, ['name']);
  const { notify } = useNotify();
  const save = useMeetingChange('templates.saveFromMeeting', {
    onSuccess: (template) => {
      notify(`Template "${template.name}" saved.`, 'success');
      onClose();
    },
    onError: form.showSaveError,
  });
  const submit = () => {
    const input = form.validate(contract['templates.saveFromMeeting'].input, { meetingId, name: form.draft.name });
    if (input) save.mutate(input);
  };
  return (
    <FormDialog title="Save agenda as template" open saving={save.isPending} onClose={onClose} onSubmit={submit}>
      <Typography color="text.secondary">The items, their types, timeboxes and descriptions are kept. Notes, presenters and decisions are not.</Typography>
      <TextField {...form.textField('name', 'Template name')} autoFocus />
    </FormDialog>
  );
}
