import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { invoke, isApiError } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { PassphraseField } from '../../components/passphrase/PassphraseField';
import { RecoveryCodeCard } from '../../components/recoveryCode/RecoveryCodeCard';

interface NewRecoveryCodeDialogProps {
  coalitionName: string;
  onClose: () => void;
}

/** Asks for the passphrase, makes a new code, and shows it until the person confirms it is saved. */
export function NewRecoveryCodeDialog({ coalitionName, onClose }: NewRecoveryCodeDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { notify, notifyError } = useNotify();

  const create = useMutation({
    mutationFn: () => invoke('settings.newRecoveryCode', { passphrase }),
    onSuccess: () => setPassphrase(''),
    onError: (failure) => {
      if (isApiError(failure, 'WRONG_PASSPHRASE')) setError(failure.message);
      else notifyError(failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (passphrase) create.mutate();
    else setError('Enter the passphrase.');
  };

  const finish = () => {
    notify('The new recovery code is in use. The old one no longer works.', 'success');
    onClose();
  };

  const recoveryCode = create.data?.recoveryCode;
  if (recoveryCode) {
    // No backdrop or Escape close here: the code must not vanish before it is saved.
    return (
      <Dialog open aria-labelledby="new-recovery-code-heading" fullWidth maxWidth="sm">
        <DialogContent>
          <RecoveryCodeCard
            code={recoveryCode}
            coalitionName={coalitionName}
            onContinue={finish}
            headingComponent="h2"
            headingId="new-recovery-code-heading"
            note="Your previous recovery code no longer works. Destroy any copies of it."
          />
        </DialogContent>
      </Dialog>
    );
  }

  return (
    <Dialog open onClose={create.isPending ? undefined : onClose} aria-labelledby="new-recovery-code-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="new-recovery-code-title">Create a new recovery code</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <DialogContentText>
              The current recovery code stops working as soon as the new one is made. Enter the passphrase to go on.
            </DialogContentText>
            <PassphraseField
              label="Passphrase"
              value={passphrase}
              onChange={(value) => {
                setPassphrase(value);
                setError(undefined);
              }}
              error={error}
              autoComplete="current-password"
              autoFocus
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            Create code
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
