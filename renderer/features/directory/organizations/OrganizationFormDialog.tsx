import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { organizationInputSchema, type Organization } from '../../../../shared/contract';
import { useNotify } from '../../../components/notifications/NotificationContext';
import { involvementLabels, kindLabels, organizationFieldLabels as labels, qualityKeys, qualityLabels } from '../directoryLabels';
import { useDirectoryChange } from '../directoryQueries';
import { FormDialog } from '../FormDialog';
import { OptionSelect } from '../OptionSelect';
import { SectorOptions } from '../SectorOptions';
import { useDraftForm } from '../useDraftForm';
import { draftFromOrganization, emptyOrganizationDraft, organizationFormKeys, organizationInputFromDraft } from './organizationDraft';

interface OrganizationFormDialogProps {
  /** The organization to edit; without it the dialog adds a new one. */
  organization?: Organization;
  onClose: () => void;
  onSaved?: (organization: Organization) => void;
}

/** Add or edit an organization. Mount it only while open, so every opening starts from fresh values. */
export function OrganizationFormDialog({ organization, onClose, onSaved }: OrganizationFormDialogProps) {
  const form = useDraftForm(organization ? draftFromOrganization(organization) : emptyOrganizationDraft, organizationFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = (result: Organization) => {
    notify(organization ? 'Organization saved.' : 'Organization added.', 'success');
    onSaved?.(result);
    onClose();
  };
  const create = useDirectoryChange('directory.createOrganization', { onSuccess: saved, onError: form.showSaveError });
  const update = useDirectoryChange('directory.updateOrganization', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    const input = form.validate(organizationInputSchema, organizationInputFromDraft(draft));
    if (!input) return;
    if (organization) update.mutate({ ...input, id: organization.id });
    else create.mutate(input);
  };

  return (
    <FormDialog
      title={organization ? 'Edit organization' : 'Add organization'}
      open
      saving={create.isPending || update.isPending}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField {...textField('name', labels.name)} autoFocus />
      <OptionSelect
        label={labels.sector}
        value={draft.sector}
        onChange={(value) => set('sector', value)}
        emptyOption="Choose a sector"
        error={errorOf('sector')}
      >
        <SectorOptions />
      </OptionSelect>
      {draft.sector === 'other' && <TextField {...textField('sectorOtherLabel', labels.sectorOtherLabel)} />}
      <OptionSelect
        label={labels.kind}
        value={draft.kind}
        onChange={(value) => set('kind', value)}
        options={kindLabels}
        emptyOption="Choose a kind"
        error={errorOf('kind')}
      />
      <TextField {...textField('jurisdiction', labels.jurisdiction)} />
      <TextField {...textField('address', labels.address)} multiline minRows={2} />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('phone', labels.phone)} type="tel" />
        <TextField {...textField('website', labels.website)} type="url" placeholder="https://" />
      </Stack>
      <OptionSelect
        label={labels.involvement}
        value={draft.involvement}
        onChange={(value) => set('involvement', value)}
        options={involvementLabels}
        emptyOption="Choose how involved"
        error={errorOf('involvement')}
        helperText="Core organizations sit at the table; periodic ones join for some topics; prospective ones are not in yet."
      />
      <FormControl component="fieldset">
        <FormLabel component="legend">{labels.qualities}</FormLabel>
        <FormGroup>
          {qualityKeys.map((key) => (
            <FormControlLabel
              key={key}
              label={qualityLabels[key]}
              control={<Checkbox checked={draft.qualities[key]} onChange={(event) => set('qualities', { ...draft.qualities, [key]: event.target.checked })} />}
            />
          ))}
        </FormGroup>
      </FormControl>
      <TextField {...textField('notes', labels.notes)} multiline minRows={3} />
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
        <TextField {...textField('joinedOn', labels.joinedOn)} type="date" slotProps={{ inputLabel: { shrink: true } }} />
        <TextField {...textField('leftOn', labels.leftOn)} type="date" slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
    </FormDialog>
  );
}
