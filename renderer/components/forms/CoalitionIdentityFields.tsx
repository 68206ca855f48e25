import TextField from '@mui/material/TextField';
import { type FieldErrors, firstError } from './fieldErrors';
import { JurisdictionField } from './JurisdictionField';

export interface CoalitionIdentity {
  name: string;
  state: string;
  region: string;
}

interface CoalitionIdentityFieldsProps {
  value: CoalitionIdentity;
  /** The changed part, and the field-error key it clears. */
  onChange: (patch: Partial<CoalitionIdentity>, errorKey: string) => void;
  errors: FieldErrors;
  disabled: boolean;
  autoFocus?: boolean;
}

/** The coalition's name and jurisdiction, as asked when a workspace is created and edited in Settings. */
export function CoalitionIdentityFields({ value, onChange, errors, disabled, autoFocus = false }: CoalitionIdentityFieldsProps) {
  return (
    <>
      <TextField
        label="Coalition name"
        value={value.name}
        onChange={(event) => onChange({ name: event.target.value }, 'name')}
        error={Boolean(errors.name)}
        helperText={firstError(errors, 'name')}
        autoFocus={autoFocus}
        disabled={disabled}
      />
      <JurisdictionField value={value.state} onChange={(state) => onChange({ state }, 'jurisdiction.state')} error={firstError(errors, 'jurisdiction.state')} />
      <TextField
        label="County or region"
        value={value.region}
        onChange={(event) => onChange({ region: event.target.value }, 'jurisdiction.region')}
        error={Boolean(errors['jurisdiction.region'])}
        helperText={firstError(errors, 'jurisdiction.region') ?? 'Optional.'}
        disabled={disabled}
      />
    </>
  );
}
