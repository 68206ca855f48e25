import TextField from '@mui/material/TextField';
import { type ProtocolDetail, versionInputSchema } from '../../../shared/contract';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useProtocolChange } from '../../components/protocols/protocolQueries';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';

/** The next label people would expect: one more than the newest numeric label, else empty. */
function suggestedLabel(protocol: ProtocolDetail): string {
  const newest = Number(protocol.versions[0]?.label);
  return Number.isInteger(newest) ? String(newest + 1) : '';
}

/** Starts a new draft version; the parties will sign it afresh. */
export function NewVersionDialog({ protocol, onClose }: { protocol: ProtocolDetail; onClose: () => void }) {
  const form = useDraftForm({ label: suggestedLabel(protocol), changes: '' }, ['label', 'changes']);
  const { notify } = useNotify();
  const add = useProtocolChange('protocols.addVersion', {
    onSuccess: () => {
      notify('New draft version added. Every party signs it afresh once it is in review.', 'success');
      onClose();
    },
    onError: form.showSaveError,
  });
  const submit = () => {
    const input = form.validate(versionInputSchema, { ...form.draft, protocolId: protocol.id });
    if (input) add.mutate(input);
  };
  return (
    <FormDialog title="New version" open saving={add.isPending} onClose={onClose} onSubmit={submit} submitLabel="Add draft">
      <TextField {...form.textField('label', 'Version')} autoFocus required />
      <TextField {...form.textField('changes', 'What changed')} multiline minRows={3} />
    </FormDialog>
  );
}
