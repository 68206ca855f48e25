import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { RecoveryCodeReason } from '../../../shared/contract';
import { invoke, isApiError } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { PassphraseField } from '../../components/passphrase/PassphraseField';
import { refreshBackups } from './backupQueries';
import { ReEncryptOption } from './ReEncryptOption';
import { RecoveryCodeShownDialog } from './RecoveryCodeShownDialog';

interface NewRecoveryCodeDialogProps {
  coalitionName: string;
  onClose: () => void;
}

const LEAKED_NEEDS_REKEY =
  'Required when the old code may have been seen: without a new key, that code and any backup’s key file would still open today’s data.';

/** Asks why and for the passphrase, makes a new code (re-keying when the old may have leaked), and shows it until saved. */
export function NewRecoveryCodeDialog({ coalitionName, onClose }: NewRecoveryCodeDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [reason, setReason] = useState<RecoveryCodeReason | null>(null);
  const [reEncrypt, setReEncrypt] = useState(false);
  const [errors, setErrors] = useState<{ passphrase?: string | undefined; reason?: string | undefined }>({});
  const queryClient = useQueryClient();
  const { notify, notifyError } = useNotify();

  const create = useMutation({
    mutationFn: () => invoke('settings.newRecoveryCode', { passphrase, reason: reason ?? 'routine', reEncrypt }),
    onSuccess: async (result) => {
      setPassphrase('');
      if (result.reEncrypted) await refreshBackups(queryClient);
    },
    onError: (failure) => {
      if (isApiError(failure, 'WRONG_PASSPHRASE')) setErrors({ passphrase: failure.message });
      else notifyError(failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { reason: reason ? undefined : 'Choose why you need a new code.', passphrase: passphrase ? undefined : 'Enter the passphrase.' };
    setErrors(problems);
    if (!problems.reason && !problems.passphrase) create.mutate();
  };

  const result = create.data;
  if (result) {
    return (
      <RecoveryCodeShownDialog
        code={result.recoveryCode}
        coalitionName={coalitionName}
        note={
          result.reEncrypted
            ? 'The workspace now uses a new key. Your previous recovery code no longer works, not even with a backup’s key file. Destroy any copies of it.'
            : 'Your previous recovery code no longer works. Destroy any copies of it.'
        }
        onDone={() => {
          notify(
            result.reEncrypted
              ? 'The new recovery code is in use and the workspace has a new key.'
              : 'The new recovery code is in use. The old one no longer works.',
            'success',
          );
          onClose();
        }}
      />
    );
  }

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby="new-recovery-code-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="new-recovery-code-title">Create a new recovery code</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <DialogContentText>The current recovery code stops working as soon as the new one is made.</DialogContentText>
            <FormControl error={errors.reason !== undefined} disabled={create.isPending}>
              <FormLabel id="recovery-code-reason">Why do you need a new code?</FormLabel>
              <RadioGroup
                aria-labelledby="recovery-code-reason"
                value={reason ?? ''}
                onChange={(event) => {
                  setReason(event.target.value as RecoveryCodeReason);
                  setErrors((shown) => ({ ...shown, reason: undefined }));
                }}
              >
                <FormControlLabel value="routine" control={<Radio />} label="It is lost, or it is time for a routine change" />
                <FormControlLabel value="may-have-leaked" control={<Radio />} label="It may have been seen by someone else" />
              </RadioGroup>
              {errors.reason && (
                <DialogContentText color="error" variant="body2">
                  {errors.reason}
                </DialogContentText>
              )}
            </FormControl>
            <ReEncryptOption
              checked={reEncrypt}
              onChange={setReEncrypt}
              disabled={create.isPending}
              requiredBecause={reason === 'may-have-leaked' ? LEAKED_NEEDS_REKEY : undefined}
            />
            <PassphraseField
              label="Passphrase"
              value={passphrase}
              onChange={(value) => {
                setPassphrase(value);
                setErrors((shown) => ({ ...shown, passphrase: undefined }));
              }}
              error={errors.passphrase}
              autoComplete="current-password"
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={create.isPending}
            startIcon={create.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
          >
            {create.isPending && (reEncrypt || reason === 'may-have-leaked') ? 'Re-encrypting…' : 'Create code'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
