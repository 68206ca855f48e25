import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { invoke } from '../../api';
import { fieldErrorsOf, firstError, type FieldErrors } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { NewPassphraseFields } from '../../components/passphrase/NewPassphraseFields';
import { newPassphraseProblems, type NewPassphraseValue } from '../../components/passphrase/newPassphraseProblems';
import { whenPassphraseRuleReady } from '../../components/passphrase/passphraseStrength';

interface SampleCoalitionDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (created: ChannelOutput<'workspace.createSample'>) => void;
}

/** "Try it with a sample coalition": a real encrypted workspace, filled with a fictional coalition to explore. */
export function SampleCoalitionDialog({ open, onClose, onCreated }: SampleCoalitionDialogProps) {
  const [value, setValue] = useState<NewPassphraseValue>({ passphrase: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const { notifyError } = useNotify();
  const mutation = useMutation({
    mutationFn: (passphrase: string) => invoke('workspace.createSample', { passphrase, location: null }),
    onSuccess: onCreated,
    onError: (error) => {
      const serverErrors = fieldErrorsOf(error);
      setErrors(serverErrors);
      if (!serverErrors.passphrase) notifyError(error);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    whenPassphraseRuleReady(() => {
      const problems = newPassphraseProblems(value);
      const found: FieldErrors = Object.fromEntries(
        Object.entries(problems)
          .filter(([, message]) => message)
          .map(([key, message]) => [key, [message as string]]),
      );
      setErrors(found);
      if (Object.keys(found).length === 0) mutation.mutate(value.passphrase);
    });
  };

  return (
    <Dialog open={open} onClose={mutation.isPending ? undefined : onClose} aria-labelledby="sample-coalition-title" fullWidth maxWidth="sm">
      <form noValidate onSubmit={submit}>
        <DialogTitle id="sample-coalition-title">Try it with a sample coalition</DialogTitle>
        <DialogContent>
          <Stack sx={{ gap: 2 }}>
            <Typography>
              This makes a separate workspace for the fictional Riverbend County coalition: about forty agencies, ninety people and a few protected youth
              advisors, with two sectors missing so you can see gaps. None of it is real. It is encrypted like any workspace, so choose a passphrase for it.
            </Typography>
            <NewPassphraseFields
              labels={{ passphrase: 'Passphrase', confirm: 'Confirm passphrase' }}
              value={value}
              onChange={(next) => {
                setValue(next);
                setErrors({});
              }}
              errors={{ passphrase: firstError(errors, 'passphrase'), confirm: firstError(errors, 'confirm') }}
              disabled={mutation.isPending}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={mutation.isPending}>
            {mutation.isPending ? 'Preparing the sample…' : 'Create sample workspace'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
