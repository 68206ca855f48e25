import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { PassphraseField } from '../passphrase/PassphraseField';

export type SecretKind = 'passphrase' | 'recovery';

interface BackupSecretFieldProps {
  kind: SecretKind;
  onKindChange: (kind: SecretKind) => void;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** A backup opens with the passphrase the workspace had when it was made, or with its recovery code. */
export function BackupSecretField({ kind, onKindChange, value, onChange, error, disabled }: BackupSecretFieldProps) {
  const labelId = useId();
  return (
    <Stack sx={{ gap: 1 }}>
      <span id={labelId} hidden>
        Open the backup with
      </span>
      <RadioGroup row aria-labelledby={labelId} value={kind} onChange={(event) => onKindChange(event.target.value as SecretKind)}>
        <FormControlLabel value="passphrase" control={<Radio />} label="Passphrase" disabled={disabled} />
        <FormControlLabel value="recovery" control={<Radio />} label="Recovery code" disabled={disabled} />
      </RadioGroup>
      <PassphraseField
        label={kind === 'recovery' ? 'Recovery code for this backup' : 'Passphrase for this backup'}
        value={value}
        onChange={onChange}
        error={error}
        helperText={
          kind === 'recovery' ? 'The recovery code the workspace had when this backup was made.' : 'The passphrase the workspace had when this backup was made.'
        }
        autoComplete="current-password"
        autoFocus
        disabled={disabled}
      />
    </Stack>
  );
}
