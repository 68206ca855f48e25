import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AppStatus, CreateWorkspaceInput } from '../../../shared/contract';
import { invoke } from '../../api';
import { CenteredPanel } from '../../components/CenteredPanel';
import { allShownInline, fieldErrorsOf, firstError, type FieldErrors } from '../../components/forms/fieldErrors';
import { NewPassphraseFields } from '../../components/passphrase/NewPassphraseFields';
import { useNotify } from '../../components/notifications/NotificationContext';
import {
  createWorkspaceFieldKeys,
  emptyCreateWorkspaceForm,
  toCreateWorkspaceInput,
  validateCreateWorkspaceForm,
  type CreateWorkspaceForm,
} from './createWorkspaceForm';
import { FolderField } from '../../components/FolderField';
import { TimeZonePicker } from '../../components/time/TimeZonePicker';
import { CoalitionIdentityFields } from '../../components/forms/CoalitionIdentityFields';
import { SampleCoalitionDialog } from './SampleCoalitionDialog';
import { whenPassphraseRuleReady } from '../../components/passphrase/passphraseStrength';

type Created = Awaited<ReturnType<typeof createWorkspace>>;

const createWorkspace = (input: CreateWorkspaceInput) => invoke('workspace.create', input);

interface CreateWorkspacePageProps {
  status: AppStatus;
  onCreated: (created: Created) => void;
  onOpenExisting: () => void;
}

export function CreateWorkspacePage({ status, onCreated, onOpenExisting }: CreateWorkspacePageProps) {
  const [form, setForm] = useState<CreateWorkspaceForm>(emptyCreateWorkspaceForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [sampleOpen, setSampleOpen] = useState(false);
  const { notifyError } = useNotify();

  const mutation = useMutation({
    mutationFn: createWorkspace,
    onSuccess: onCreated,
    onError: (error) => {
      const serverErrors = fieldErrorsOf(error);
      setErrors(serverErrors);
      if (!allShownInline(serverErrors, createWorkspaceFieldKeys)) notifyError(error);
    },
  });

  const update = (changes: Partial<CreateWorkspaceForm>, ...clearedKeys: string[]) => {
    setForm((current) => ({ ...current, ...changes }));
    setErrors((current) => withoutKeys(current, clearedKeys));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    whenPassphraseRuleReady(() => {
      const problems = validateCreateWorkspaceForm(form);
      setErrors(problems);
      if (Object.keys(problems).length === 0) mutation.mutate(toCreateWorkspaceInput(form));
    });
  };

  const busy = mutation.isPending;

  return (
    <CenteredPanel width={640}>
      <Typography variant="h1">Create a workspace</Typography>
      <Typography color="text.secondary">
        A workspace keeps your coalition's records on this computer, locked with a passphrase only your team knows.
      </Typography>
      <Box component="form" noValidate onSubmit={submit} aria-label="Create a workspace">
        <Stack sx={{ gap: 2.5 }}>
          <CoalitionIdentityFields value={form} onChange={update} errors={errors} disabled={busy} autoFocus />
          <TimeZonePicker
            label="Time zone"
            value={form.timeZone}
            onChange={(timeZone) => update({ timeZone }, 'timeZone')}
            error={firstError(errors, 'timeZone')}
            helperText="Taken from this computer. New meetings start in this zone; you can change it later in Settings."
          />
          <NewPassphraseFields
            labels={{ passphrase: 'Passphrase', confirm: 'Confirm passphrase' }}
            value={{ passphrase: form.passphrase, confirm: form.confirm }}
            onChange={(passphrases) => update(passphrases, 'passphrase', 'confirm')}
            errors={{ passphrase: firstError(errors, 'passphrase'), confirm: firstError(errors, 'confirm') }}
            userInputs={[form.name, form.state, form.region]}
            disabled={busy}
          />
          <FolderField
            label="Save in folder"
            value={form.location}
            onChange={(location) => update({ location }, 'location')}
            error={firstError(errors, 'location')}
            helperText={`Leave empty to save in ${status.defaultLocation}`}
            canPickFolders={status.host.canPickFolders}
            pickerTitle="Choose where to save the workspace"
          />
          <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={busy}
              startIcon={busy ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              Create workspace
            </Button>
            <Typography role="status" color="text.secondary">
              {busy ? 'Locking your new workspace with the passphrase…' : ''}
            </Typography>
          </Stack>
        </Stack>
      </Box>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button variant="text" onClick={onOpenExisting}>
          Open an existing workspace
        </Button>
        <Button variant="text" onClick={() => setSampleOpen(true)}>
          Try it with a sample coalition
        </Button>
      </Stack>
      <SampleCoalitionDialog open={sampleOpen} onClose={() => setSampleOpen(false)} onCreated={onCreated} />
    </CenteredPanel>
  );
}

function withoutKeys(errors: FieldErrors, keys: string[]): FieldErrors {
  if (!keys.some((key) => key in errors)) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key)));
}
