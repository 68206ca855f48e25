import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/passphrasePolicy';
import { newPassphraseProblems, type NewPassphraseProblems, type NewPassphraseValue } from './newPassphraseProblems';
import { PassphraseField } from './PassphraseField';
import { PassphraseStrengthMeter } from './PassphraseStrengthMeter';

interface NewPassphraseFieldsProps {
  labels: { passphrase: string; confirm: string };
  value: NewPassphraseValue;
  onChange: (value: NewPassphraseValue) => void;
  /** Problems found on submit or sent by the host; shown in place of the live checks. */
  errors?: NewPassphraseProblems;
  userInputs?: readonly string[];
  disabled?: boolean;
}

/** New passphrase + strength meter + confirmation, checked as soon as a field is left. */
export function NewPassphraseFields({ labels, value, onChange, errors = {}, userInputs, disabled }: NewPassphraseFieldsProps) {
  const [touched, setTouched] = useState({ passphrase: false, confirm: false });
  const live = newPassphraseProblems(value);
  const passphraseError = errors.passphrase ?? (touched.passphrase && value.passphrase ? live.passphrase : undefined);
  const confirmError = errors.confirm ?? (touched.confirm && value.confirm ? live.confirm : undefined);

  return (
    <Stack sx={{ gap: 2 }}>
      <PassphraseField
        label={labels.passphrase}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        onBlur={() => setTouched((seen) => ({ ...seen, passphrase: true }))}
        error={passphraseError}
        helperText={`At least ${MIN_PASSPHRASE_LENGTH} characters. A few unrelated words are easy to remember and hard to guess.`}
        autoComplete="new-password"
        disabled={disabled}
      />
      <PassphraseStrengthMeter passphrase={value.passphrase} userInputs={userInputs} />
      <PassphraseField
        label={labels.confirm}
        value={value.confirm}
        onChange={(confirm) => onChange({ ...value, confirm })}
        onBlur={() => setTouched((seen) => ({ ...seen, confirm: true }))}
        error={confirmError}
        autoComplete="new-password"
        disabled={disabled}
      />
    </Stack>
  );
}
