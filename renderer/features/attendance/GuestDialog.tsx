import TextField from '@mui/material/TextField';
import { guestInputSchema } from '../../../shared/contract';
import type { SectorId } from '../../../shared/stakeholderSectors';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { OptionSelect } from '../directory/OptionSelect';
import { SectorOptions } from '../directory/SectorOptions';
import { useDraftForm } from '../directory/useDraftForm';

const guestFields = ['name', 'organization', 'sector'] as const;

/** Someone who is not on the roster: a name, and where they come from so the sector summary counts them. */
export function GuestDialog({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const form = useDraftForm({ name: '', organization: '', sector: '' as SectorId | '' }, guestFields);
  const { notify } = useNotify();
  const add = useMeetingChange('attendance.addGuest', {
    onSuccess: () => {
      notify('Guest added.', 'success');
      onClose();
    },
    onError: form.showSaveError,
  });

  const submit = () => {
    const input = form.validate(guestInputSchema, { meetingId, ...form.draft, sector: form.draft.sector || null });
    if (!input) return;
    add.mutate(input);
  };

  return (
    <FormDialog title="Add a guest" submitLabel="Add guest" open saving={add.isPending} onClose={onClose} onSubmit={submit}>
      <TextField autoFocus required {...form.textField('name', 'Guest name')} />
      <TextField {...form.textField('organization', 'Organization')} helperText={form.errorOf('organization') ?? 'Optional.'} />
      <OptionSelect
        label="Sector"
        value={form.draft.sector}
        onChange={(sector) => form.set('sector', sector)}
        emptyOption="Not known"
        error={form.errorOf('sector')}
      >
        <SectorOptions />
      </OptionSelect>
    </FormDialog>
  );
}
