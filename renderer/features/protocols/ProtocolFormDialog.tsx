import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type ProtocolDetail, protocolInputSchema, protocolUpdateSchema } from '../../../shared/contract';
import { protocolKindLabels, protocolKinds, protocolSubtypeLabels, protocolSubtypes } from '../../../shared/protocolLabels';
import { DutiesField } from '../../components/forms/DutiesField';
import { SectorsField } from '../../components/forms/SectorsField';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useProtocolChange } from '../../components/protocols/protocolQueries';
import { FormDialog } from '../directory/FormDialog';
import { useDraftForm } from '../directory/useDraftForm';
import { draftFromProtocol, emptyProtocolDraft, protocolFormKeys, protocolInput } from './protocolDraft';

const dateLabel = { inputLabel: { shrink: true } };

interface ProtocolFormDialogProps {
  /** The protocol to edit; without it the dialog adds one. */
  protocol?: ProtocolDetail;
  onClose: () => void;
  onSaved?: (detail: ProtocolDetail) => void;
}

/** Add or edit a protocol or agreement: what it is, its review cycle, the sectors that must sign and the duties it serves. */
export function ProtocolFormDialog({ protocol, onClose, onSaved }: ProtocolFormDialogProps) {
  const form = useDraftForm(protocol ? draftFromProtocol(protocol) : emptyProtocolDraft, protocolFormKeys);
  const { draft, set, errorOf, textField } = form;
  const { notify } = useNotify();
  const saved = (detail: ProtocolDetail) => {
    notify(protocol ? 'Saved.' : 'Added. Its first version is a draft.', 'success');
    onClose();
    onSaved?.(detail);
  };
  const create = useProtocolChange('protocols.create', { onSuccess: saved, onError: form.showSaveError });
  const update = useProtocolChange('protocols.update', { onSuccess: saved, onError: form.showSaveError });

  const submit = () => {
    if (protocol) {
      const { firstVersion: _unused, ...fields } = protocolInput(draft);
      const input = form.validate(protocolUpdateSchema, { ...fields, id: protocol.id });
      if (input) update.mutate(input);
      return;
    }
    const input = form.validate(protocolInputSchema, protocolInput(draft));
    if (input) create.mutate(input);
  };

  return (
    <FormDialog
      title={protocol ? 'Edit protocol or agreement' : 'Add protocol or agreement'}
      open
      saving={create.isPending || update.isPending}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField {...textField('title', 'Title')} autoFocus required placeholder="e.g. County CSEC interagency protocol" />
      <TextField
        select
        label="Kind"
        value={draft.kind}
        onChange={(event) => set('kind', event.target.value as typeof draft.kind)}
        error={Boolean(errorOf('kind'))}
        helperText={errorOf('kind')}
      >
        {protocolKinds.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {protocolKindLabels[kind]}
          </MenuItem>
        ))}
      </TextField>
      {draft.kind === 'protocol' && (
        <TextField
          select
          label="What the protocol covers"
          value={draft.subtype}
          onChange={(event) => set('subtype', event.target.value as typeof draft.subtype)}
          error={Boolean(errorOf('subtype'))}
          helperText={errorOf('subtype') ?? 'Optional.'}
        >
          <MenuItem value="">
            <em>Not specified</em>
          </MenuItem>
          {protocolSubtypes.map((subtype) => (
            <MenuItem key={subtype} value={subtype}>
              {protocolSubtypeLabels[subtype]}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        {...textField('summary', 'Summary')}
        multiline
        minRows={2}
        helperText={errorOf('summary') ?? 'What it commits the parties to, in a sentence or two.'}
      />
      {!protocol && (
        <TextField {...textField('firstVersion', 'First version')} helperText={errorOf('firstVersion') ?? 'A number or a name, e.g. 1 or 2026 edition.'} />
      )}
      <TextField
        {...textField('reviewMonths', 'Review every (months)')}
        inputMode="numeric"
        helperText={errorOf('reviewMonths') ?? 'Leave empty if it has no review cycle. Counted from the date the adopted version takes effect.'}
      />
      <TextField
        {...textField('renewalOn', 'Renew or review by')}
        type="date"
        slotProps={dateLabel}
        helperText={errorOf('renewalOn') ?? 'Optional: a fixed date, such as the end of an MOU term.'}
      />
      <SectorsField
        label="Sectors that must be party"
        value={draft.requiredSectors}
        onChange={(chosen) => set('requiredSectors', chosen)}
        error={errorOf('requiredSectors')}
        helperText="The register shows which of them have not joined yet."
      />
      <DutiesField value={draft.duties} onChange={(chosen) => set('duties', chosen)} error={errorOf('duties')} />
    </FormDialog>
  );
}
