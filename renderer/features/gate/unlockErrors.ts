import type { ApiError } from '../../api';
import { firstError } from '../../components/forms/fieldErrors';

/** Problems the Unlock screen shows beside its own fields. */
export interface UnlockFieldErrors {
  path?: string | undefined;
  passphrase?: string | undefined;
  /** The workspace is open in another window or on another computer: said above the Unlock button. */
  inUse?: string | undefined;
}

export function unlockFieldErrors(error: ApiError): UnlockFieldErrors | null {
  if (error.code === 'WRONG_PASSPHRASE') return { passphrase: error.message };
  if (error.code === 'WORKSPACE_IN_USE') return { inUse: error.message };
  const fieldErrors = error.fieldErrors ?? {};
  const inline = { path: firstError(fieldErrors, 'path'), passphrase: firstError(fieldErrors, 'passphrase') };
  return (inline.path ?? inline.passphrase) ? inline : null;
}
