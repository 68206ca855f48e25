import { createWorkspaceInputSchema, type CreateWorkspaceInput } from '../../../shared/contract';
import { fieldErrorsFromZod, type FieldErrors } from '../../components/forms/fieldErrors';
import { newPassphraseProblems } from '../../components/passphrase/newPassphraseProblems';
import { computerTimeZone } from '../../../shared/dateFormat';

export interface CreateWorkspaceForm {
  name: string;
  state: string;
  region: string;
  passphrase: string;
  confirm: string;
  location: string;
  timeZone: string;
}

/** The zone this computer is set to: offered for the workspace, to confirm or change. */
export { computerTimeZone };

export const emptyCreateWorkspaceForm = (): CreateWorkspaceForm => ({
  name: '',
  state: '',
  region: '',
  passphrase: '',
  confirm: '',
  location: '',
  timeZone: computerTimeZone(),
});

/** Field keys match the host's fieldErrors, so server and form problems land in the same place. */
export const createWorkspaceFieldKeys = ['name', 'jurisdiction.state', 'jurisdiction.region', 'passphrase', 'confirm', 'location', 'timeZone'] as const;

export function toCreateWorkspaceInput(form: CreateWorkspaceForm): CreateWorkspaceInput {
  return {
    name: form.name,
    jurisdiction: { state: form.state, region: form.region },
    passphrase: form.passphrase,
    location: form.location.trim() === '' ? null : form.location.trim(),
    timeZone: form.timeZone,
  };
}

/** The same schema the host validates with, plus the confirmation that only the form knows about. */
export function validateCreateWorkspaceForm(form: CreateWorkspaceForm): FieldErrors {
  const parsed = createWorkspaceInputSchema.safeParse(toCreateWorkspaceInput(form));
  const errors = parsed.success ? {} : fieldErrorsFromZod(parsed.error);
  const { confirm } = newPassphraseProblems(form);
  if (confirm && !errors.passphrase) errors.confirm = [confirm];
  return errors;
}
