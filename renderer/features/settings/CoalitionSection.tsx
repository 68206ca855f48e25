import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { type CoalitionDetailsInput, type WorkspaceDetails, type WorkspaceSummary, coalitionDetailsInputSchema } from '../../../shared/contract';
import { invoke } from '../../api';
import { type CoalitionIdentity, CoalitionIdentityFields } from '../../components/forms/CoalitionIdentityFields';
import { type FieldErrors, fieldErrorsFromZod, fieldErrorsOf } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { SectionCard } from '../../components/SectionCard';
import { sharedQueryKeys } from '../../session/queryKeys';
import { useSession } from '../../session/SessionContext';

type CoalitionForm = CoalitionIdentity;

function toInput(form: CoalitionForm): CoalitionDetailsInput {
  return { name: form.name, jurisdiction: { state: form.state, region: form.region } };
}

/** The coalition's name and jurisdiction, checked by the same rules as when the workspace was created. */
export function CoalitionSection({ workspace }: { workspace: WorkspaceSummary }) {
  const queryClient = useQueryClient();
  const session = useSession();
  const { notify, notifyError } = useNotify();
  const saved: CoalitionForm = { name: workspace.name, state: workspace.jurisdiction.state, region: workspace.jurisdiction.region };
  const [form, setForm] = useState<CoalitionForm>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});

  const save = useMutation({
    mutationFn: (input: CoalitionDetailsInput) => invoke('settings.setCoalitionDetails', input),
    onSuccess: (summary) => {
      queryClient.setQueryData<WorkspaceDetails>(sharedQueryKeys.workspaceDetails, (details) => (details ? { ...details, workspace: summary } : details));
      session.enter(summary);
      setForm({ name: summary.name, state: summary.jurisdiction.state, region: summary.jurisdiction.region });
      notify('Coalition details saved.', 'success');
    },
    onError: (error) => {
      const inline = fieldErrorsOf(error);
      if (Object.keys(inline).length > 0) setErrors(inline);
      else notifyError(error);
    },
  });

  const update = (patch: Partial<CoalitionForm>, key: string) => {
    setForm((current) => ({ ...current, ...patch }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = coalitionDetailsInputSchema.safeParse(toInput(form));
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error));
      return;
    }
    save.mutate(toInput(form));
  };

  const unchanged = form.name === saved.name && form.state === saved.state && form.region === saved.region;

  return (
    <SectionCard title="Coalition">
      <Typography>
        The name and place shown on every page, record and export. The workspace folder keeps the name it was created with, so backups and shortcuts still find
        it.
      </Typography>
      <Stack component="form" noValidate onSubmit={submit} aria-label="Coalition details" sx={{ gap: 2.5, maxWidth: 520 }}>
        <CoalitionIdentityFields value={form} onChange={update} errors={errors} disabled={save.isPending} />
        <Stack direction="row" sx={{ gap: 2 }}>
          <Button type="submit" variant="contained" disabled={save.isPending || unchanged}>
            Save coalition details
          </Button>
        </Stack>
      </Stack>
    </SectionCard>
  );
}
