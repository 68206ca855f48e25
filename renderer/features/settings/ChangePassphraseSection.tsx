import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import CircularProgress from '@mui/material/CircularProgress';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { invoke, isApiError } from '../../api';
import { fieldErrorsOf, firstError } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { NewPassphraseFields } from '../../components/passphrase/NewPassphraseFields';
import { hasProblems, newPassphraseProblems, type NewPassphraseProblems } from '../../components/passphrase/newPassphraseProblems';
import { PassphraseField } from '../../components/passphrase/PassphraseField';
import { SectionCard } from '../../components/SectionCard';
import { whenPassphraseRuleReady } from '../../components/passphrase/passphraseStrength';
import { refreshBackups } from './backupQueries';
import { ReEncryptOption } from './ReEncryptOption';
import { RecoveryCodeShownDialog } from './RecoveryCodeShownDialog';

interface ChangePassphraseErrors extends NewPassphraseProblems {
  current?: string | undefined;
}

const emptyPassphrases = { passphrase: '', confirm: '' };

export function ChangePassphraseSection({ coalitionName }: { coalitionName: string }) {
  const [current, setCurrent] = useState('');
  const [passphrases, setPassphrases] = useState(emptyPassphrases);
  const [reEncrypt, setReEncrypt] = useState(false);
  // After a re-key, the new recovery code it made, shown until the person says it is saved.
  const [newRecoveryCode, setNewRecoveryCode] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<ChangePassphraseErrors>({});
  // Remounting the new-passphrase fields after success also resets their "already visited" state.
  const [formKey, setFormKey] = useState(0);
  const { notify, notifyError } = useNotify();

  const change = useMutation({
    mutationFn: () => invoke('settings.changePassphrase', { currentPassphrase: current, newPassphrase: passphrases.passphrase, reEncrypt }),
    onSuccess: async (result) => {
      setCurrent('');
      setPassphrases(emptyPassphrases);
      setReEncrypt(false);
      setFormKey((key) => key + 1);
      if (result.recoveryCode === null) {
        notify('Passphrase changed.', 'success');
        return;
      }
      setNewRecoveryCode(result.recoveryCode);
      await refreshBackups(queryClient);
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
          <ReEncryptOption
            checked={reEncrypt}
            onChange={setReEncrypt}
            disabled={change.isPending}
            alsoNote="This also makes a new recovery code, since the old one cannot open the new key."
          />
          <Box>
            <Button
              type="submit"
              variant="contained"
              disabled={change.isPending}
              startIcon={change.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              {change.isPending && reEncrypt ? 'Re-encrypting…' : 'Change passphrase'}
            </Button>
          </Box>
        </Stack>
      </Box>
      {newRecoveryCode && (
        <RecoveryCodeShownDialog
          code={newRecoveryCode}
          coalitionName={coalitionName}
          note="The passphrase is changed and the workspace now uses a new key, so this new recovery code replaces the old one. Destroy any copies of the old code."
          onDone={() => {
            setNewRecoveryCode(null);
            notify('Passphrase changed and the workspace re-encrypted with a new key.', 'success');
          }}
        />
      )}
    </SectionCard>
  );
}
