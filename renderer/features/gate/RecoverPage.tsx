import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { recoveryCodeSchema, type WorkspaceSummary } from '../../../shared/contract';
import { invoke, isApiError } from '../../api';
import { CenteredPanel } from '../../components/CenteredPanel';
import { fieldErrorsOf, firstError } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { NewPassphraseFields } from '../../components/passphrase/NewPassphraseFields';
import { newPassphraseProblems, type NewPassphraseProblems } from '../../components/passphrase/newPassphraseProblems';
import { slowDownText, useRetryCountdown } from './useRetryCountdown';
import { whenPassphraseRuleReady } from '../../components/passphrase/passphraseStrength';

interface RecoverPageProps {
  path: string;
  onRecovered: (workspace: WorkspaceSummary) => void;
  onDamaged: (path: string, message: string) => void;
  onBack: () => void;
}

interface RecoverErrors extends NewPassphraseProblems {
  recoveryCode?: string | undefined;
}

export function RecoverPage({ path, onRecovered, onDamaged, onBack }: RecoverPageProps) {
  const [recoveryCode, setRecoveryCode] = useState('');
  const [passphrases, setPassphrases] = useState({ passphrase: '', confirm: '' });
  const [errors, setErrors] = useState<RecoverErrors>({});
  const [secondsLeft, startCountdown] = useRetryCountdown();
  const { notifyError } = useNotify();

  const recover = useMutation({
    mutationFn: () => invoke('workspace.recover', { path, recoveryCode, newPassphrase: passphrases.passphrase }),
    onSuccess: onRecovered,
    onError: (error) => {
      const fieldErrors = fieldErrorsOf(error);
      const inline: RecoverErrors = {
        recoveryCode: firstError(fieldErrors, 'recoveryCode') ?? (isApiError(error, 'WRONG_PASSPHRASE') ? error.message : undefined),
        passphrase: firstError(fieldErrors, 'newPassphrase'),
      };
      // The wrong code that uses up the free attempts already says how long to wait, not just the next try.
      if (isApiError(error) && error.retryAfterMs !== undefined) {
        startCountdown(error.retryAfterMs);
        if (error.code === 'TOO_MANY_ATTEMPTS') return;
      }
      if (isApiError(error, 'WORKSPACE_DAMAGED')) {
        onDamaged(path, error.message);
      } else if (inline.recoveryCode ?? inline.passphrase) {
        setErrors(inline);
      } else {
        notifyError(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    whenPassphraseRuleReady(() => {
      const codeCheck = recoveryCodeSchema.safeParse(recoveryCode);
      const problems: RecoverErrors = {
        ...newPassphraseProblems(passphrases),
        recoveryCode: codeCheck.success ? undefined : codeCheck.error.issues[0]?.message,
      };
      setErrors(problems);
      if (!problems.recoveryCode && !problems.passphrase && !problems.confirm) recover.mutate();
    });
  };

  const busy = recover.isPending;

  return (
    <CenteredPanel width={640}>
      <Typography variant="h1">Unlock with recovery code</Typography>
      <Typography>Enter the recovery code you saved when the workspace was made, then choose a new passphrase. The old passphrase stops working.</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
        Workspace: {path}
      </Typography>
      <Box component="form" noValidate onSubmit={submit} aria-label="Unlock with recovery code">
        <Stack sx={{ gap: 2.5 }}>
          <TextField
            label="Recovery code"
            value={recoveryCode}
            onChange={(event) => {
              setRecoveryCode(event.target.value);
              setErrors((current) => ({ ...current, recoveryCode: undefined }));
            }}
            error={Boolean(errors.recoveryCode)}
            helperText={errors.recoveryCode ?? 'Capital or small letters, with or without dashes.'}
            autoFocus
            autoComplete="off"
            slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
            sx={{ '& input': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }}
          />
          <NewPassphraseFields
            labels={{ passphrase: 'New passphrase', confirm: 'Confirm new passphrase' }}
            value={passphrases}
            onChange={(value) => {
              setPassphrases(value);
              setErrors((current) => ({ ...current, passphrase: undefined, confirm: undefined }));
            }}
            errors={errors}
            disabled={busy}
          />
          {secondsLeft > 0 && (
            <Alert severity="warning" role="status">
              {slowDownText(secondsLeft)}
            </Alert>
          )}
          <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={busy || secondsLeft > 0}
              startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              Unlock and set passphrase
            </Button>
            <Button variant="text" onClick={onBack}>
              Back
            </Button>
          </Stack>
        </Stack>
      </Box>
    </CenteredPanel>
  );
}
