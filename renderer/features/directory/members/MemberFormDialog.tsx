import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { memberInputSchema, type Member, type Organization } from '../../../../shared/contract';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { coalitionRoleLabels, contactPreferenceLabels, memberFieldLabels as labels, representativeRoleLabels } from '../directoryLabels';
import { useDirectoryChange } from '../directoryQueries';
import { FormDialog } from '../FormDialog';
import { OptionSelect } from '../OptionSelect';
import { useDraftForm } from '../useDraftForm';
import { draftFromMember, emptyMemberDraft, memberFormKeys, memberInputFromDraft, type RevealedMember } from './memberDraft';
import { OrganizationPicker } from './OrganizationPicker';

interface MemberFormDialogProps {
  /** The member to edit, with their revealed details when protected; without it the dialog adds someone. */
  editing?: { member: Member; revealed: RevealedMember | undefined };
  onClose: () => void;
}

const dateLabel = { inputLabel: { shrink: true } };

/** Add or edit a member. Mount it only while open, so every opening starts from fresh values. */
export function MemberFormDialog({ editing, onClose }: MemberFormDialogProps) {
  const form = useDraftForm(editing ? draftFromMember(editing.member, editing.revealed) : emptyMemberDraft, memberFormKeys);
  const { draft, set, errorOf, textField } = form;
  const protectedHelpId = useId();
  const [organization, setOrganization] = useState<Organization | null>(null);
  const { notify } = useNotify();
  const saved = () => {
    notify(editing ? 'Member saved.' : 'Member added.', 'success');
    onClose();
  };
  const create = useDirectoryChange('directory.createMember', { onSuccess: saved, onError: form.showSaveError });
  const update = useDirectoryChange('directory.updateMember', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    const input = form.validate(memberInputSchema, memberInputFromDraft(draft));
    if (!input) return;
    if (editing) update.mutate({ ...input, id: editing.member.id });
    else create.mutate(input);
  };

  const currentPrimary = organization?.primaryRepresentative;
  const replacesPrimary = draft.representativeRole === 'primary' && currentPrimary && currentPrimary.id !== editing?.member.id;

  return (
    <FormDialog title={editing ? 'Edit member' : 'Add member'} open saving={create.isPending || update.isPending} onClose={onClose} onSubmit={submit}>
      <TextField {...textField('fullName', labels.fullName)} autoFocus />
      <TextField
        {...textField('displayName', labels.displayName)}
        helperText={errorOf('displayName') ?? 'How the person is shown in lists, e.g. a first name or initials.'}
      />
      <TextField {...textField('pronouns', labels.pronouns)} />
      <OrganizationPicker
        label={labels.organizationId}
        value={draft.organizationId}
        onChange={(chosen) => {
          setOrganization(chosen);
          set('organizationId', chosen?.id ?? null);
        }}
        error={errorOf('organizationId')}
      />
      <TextField {...textField('title', labels.title)} />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <OptionSelect
          label={labels.coalitionRole}
          value={draft.coalitionRole}
          onChange={(value) => set('coalitionRole', value)}
          options={coalitionRoleLabels}
          error={errorOf('coalitionRole')}
        />
        <OptionSelect
          label={labels.representativeRole}
          value={draft.representativeRole}
          onChange={(value) => set('representativeRole', value)}
          options={representativeRoleLabels}
          error={errorOf('representativeRole')}
          helperText={replacesPrimary ? `${currentPrimary.displayName} is the primary now.` : 'Speaks for the organization: one primary, any alternates.'}
        />
      </Stack>
      <FormControlLabel
        control={<Switch checked={draft.votingMember} onChange={(event) => set('votingMember', event.target.checked)} />}
        label={labels.votingMember}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('email', labels.email)} type="email" />
        <TextField {...textField('phone', labels.phone)} type="tel" />
      </Stack>
      <OptionSelect
        label={labels.preferredContact}
        value={draft.preferredContact}
        onChange={(value) => set('preferredContact', value)}
        options={contactPreferenceLabels}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('startOn', labels.startOn)} type="date" slotProps={dateLabel} />
        <TextField {...textField('endOn', labels.endOn)} type="date" slotProps={dateLabel} />
      </Stack>
      <TextField {...textField('notes', labels.notes)} multiline minRows={3} />
      <div>
        <FormControlLabel
          control={
            <Switch
              checked={draft.protectedIdentity}
              onChange={(event) => set('protectedIdentity', event.target.checked)}
              slotProps={{ input: { 'aria-describedby': protectedHelpId } }}
            />
          }
          label={labels.protectedIdentity}
        />
        <FormHelperText id={protectedHelpId} sx={{ mt: 0 }}>
          For survivor and youth advisors. Only the display name is shown; the full name and contact details stay hidden until someone reveals them on the
          member&apos;s page, and exports leave them out unless you choose otherwise.
        </FormHelperText>
      </div>
    </FormDialog>
  );
}
