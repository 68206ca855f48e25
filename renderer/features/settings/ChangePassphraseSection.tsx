import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { invoke, isApiError } from '../../api';
import { fieldErrorsOf, firstError } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { NewPassphraseFields } from '../../components/passphrase/NewPassphraseFields';
import { hasProblems, newPassphraseProblems, type NewPassphraseProblems } from '../../components/passphrase/newPassphraseProblems';
import { PassphraseField } from '../../components/passphrase/PassphraseField';
import { SectionCard } from '../../components/SectionCard';
import { whenPassphraseRuleReady } from '../../components/passphrase/passphraseStrength';

interface ChangePassphraseErrors extends NewPassphraseProblems {
  current?: string | undefined;
}

const emptyPassphrases = { passphrase: '', confirm: '' };

export function ChangePassphraseSection() {
  const [current, setCurrent] = useState('');
  const [passphrases, setPassphrases] = useState(emptyPassphrases);
  const [errors, setErrors] = useState<ChangePassphraseErrors>({});
  // Remounting the new-passphrase fields after success also resets their "already visited" state.
  const [formKey, setFormKey] = useState(0);
  const { notify, notifyError } = useNotify();

  const change = useMutation({
    mutationFn: () => invoke('settings.changePassphrase', { currentPassphrase: current, newPassphrase: passphrases.passphrase }),
    onSuccess: () => {
      setCurrent('');
      setPassphrases(emptyPassphrases);
      setFormKey((key) => key + 1);
      notify('Passphrase changed.', 'success');
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsOf(error);
      const inline: ChangePassphraseErrors = {
        current: isApiError(error, 'WRONG_PASSPHRASE') ? error.message : firstError(fieldErrors, 'currentPassphrase'),
        passphrase: firstError(fieldErrors, 'newPassphrase'),
      };
      if (inline.current ?? inline.passphrase) setErrors(inline);
      else notifyError(error);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    whenPassphraseRuleReady(() => {
      const problems: ChangePassphraseErrors = {
        ...newPassphraseProblems(passphrases),
        current: current ? undefined : 'Enter the passphrase you use now.',
      };
      setErrors(problems);
      if (!problems.current && !hasProblems(problems)) change.mutate();
    });
  };

  return (
    <SectionCard title="Passphrase">
      <Box component="form" noValidate onSubmit={submit} aria-label="Change passphrase">
        <Stack sx={{ gap: 2, maxWidth: 520 }}>
          <PassphraseField
            label="Current passphrase"
            value={current}
            onChange={(value) => {
              setCurrent(value);
              setErrors((shown) => ({ ...shown, current: undefined }));
            }}
            error={errors.current}
            autoComplete="current-password"
          />
          <NewPassphraseFields
            key={formKey}
            labels={{ passphrase: 'New passphrase', confirm: 'Confirm new passphrase' }}
            value={passphrases}
            onChange={(value) => {
              setPassphrases(value);
              setErrors((shown) => ({ ...shown, passphrase: undefined, confirm: undefined }));
            }}
            errors={errors}
            disabled={change.isPending}
          />
          <Box>
            <Button type="submit" variant="contained" disabled={change.isPending}>
              Change passphrase
            </Button>
          </Box>
        </Stack>
      </Box>
    </SectionCard>
  );
}
