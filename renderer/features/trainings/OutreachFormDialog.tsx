import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type FollowUpStatus, type OutreachContact, outreachInputSchema } from '../../../shared/contract';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { useTrainingChange } from './trainingQueries';

export const followUpLabels: Record<FollowUpStatus, string> = { none: 'No follow-up', open: 'Follow-up open', done: 'Follow-up done' };

interface OutreachDraft {
  organizationId: string | null;
  contactedOn: string;
  contactPerson: string;
  agreed: string;
  followUpOn: string;
  followUpStatus: FollowUpStatus;
}

const formKeys = ['organizationId', 'contactedOn', 'contactPerson', 'agreed', 'followUpOn', 'followUpStatus'] as const;

const draftOf = (contact: OutreachContact | undefined, today: string): OutreachDraft =>
  contact
    ? { ...contact, organizationId: contact.organization.id, followUpOn: contact.followUpOn ?? '' }
    : { organizationId: null, contactedOn: today, contactPerson: '', agreed: '', followUpOn: '', followUpStatus: 'none' };

/** Record or edit a contact with a business or community group of the directory (a prospective one included). */
export function OutreachFormDialog({ contact, today, onClose }: { contact?: OutreachContact; today: string; onClose: () => void }) {
  const form = useDraftForm<OutreachDraft>(draftOf(contact, today), formKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = () => {
    notify(contact ? 'Outreach contact saved.' : 'Outreach contact recorded.', 'success');
    onClose();
  };
  const create = useTrainingChange('outreach.create', { onSuccess: saved, onError: form.showSaveError });
  const update = useTrainingChange('outreach.update', { onSuccess: saved, onError: form.showSaveError });
  const submit = () => {
    const input = form.validate(outreachInputSchema, {
      ...draft,
      organizationId: draft.organizationId ?? undefined,
      followUpOn: draft.followUpOn === '' ? null : draft.followUpOn,
    });
    if (!input) return;
    if (contact) update.mutate({ ...input, id: contact.id });
    else create.mutate(input);
  };
  return (
    <FormDialog
      title={contact ? 'Edit outreach contact' : 'Record outreach'}
      open
      saving={create.isPending || update.isPending}
      onClose={onClose}
      onSubmit={submit}
    >
      <DirectoryPicker
        kind="organization"
        label="Organization"
        anyLabel="Choose one"
        size="medium"
        activeOnly
        value={draft.organizationId}
        onChange={(id) => set('organizationId', id)}
        error={errorOf('organizationId')}
        helperText="Not in the directory yet? Add it on the Organizations page as “Prospective”."
      />
      <TextField {...textField('contactedOn', 'Day of the contact')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
      <TextField {...textField('contactPerson', 'Who')} placeholder="e.g. Dana, general manager" />
      <TextField {...textField('agreed', 'What was agreed')} multiline minRows={2} />
      <TextField {...textField('followUpOn', 'Follow-up on')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
      <TextField
        select
        label="Follow-up"
        value={draft.followUpStatus}
        onChange={(event) => set('followUpStatus', event.target.value as FollowUpStatus)}
        error={Boolean(errorOf('followUpStatus'))}
        helperText={errorOf('followUpStatus')}
      >
        {(Object.keys(followUpLabels) as FollowUpStatus[]).map((status) => (
          <MenuItem key={status} value={status}>
            {followUpLabels[status]}
          </MenuItem>
        ))}
      </TextField>
    </FormDialog>
  );
}
