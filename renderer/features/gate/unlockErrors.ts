import type { ApiError } from '../../api';
import { firstError } from '../../components/forms/fieldErrors';

/** Problems the Unlock screen shows beside its own fields. */
export interface UnlockFieldErrors {
  path?: string | undefined;
  passphrase?: string | undefined;
}

export function unlockFieldErrors(error: ApiError): UnlockFieldErrors | null {
  if (error.code === 'WRONG_PASSPHRASE') return { passphrase: error.message };
  const fieldErrors = error.fieldErrors ?? {};
  const inline = { path: firstError(fieldErrors, 'path'), passphrase: firstError(fieldErrors, 'passphrase') };
  return inline.path ?? inline.passphrase ? inline : null;
}
