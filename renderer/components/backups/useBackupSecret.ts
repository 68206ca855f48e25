import { useState } from 'react';
import { isApiError } from '../../api';
import { fieldErrorsOf, firstError } from '../forms/fieldErrors';
import type { SecretKind } from './BackupSecretField';

/** The secret typed into a verify or restore dialog, and the error to show under it. */
export function useBackupSecret() {
  const [kind, setKind] = useState<SecretKind>('passphrase');
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  return {
    field: {
      kind,
      value: secret,
      error,
      onKindChange: (next: SecretKind) => {
        setKind(next);
        setSecret('');
        setError(undefined);
      },
      onChange: (next: string) => {
        setSecret(next);
        setError(undefined);
      },
    },
    input: { secretKind: kind, secret },
    /** False (with a message) when nothing was typed. */
    check(): boolean {
      if (secret) return true;
      setError(kind === 'recovery' ? 'Enter the recovery code.' : 'Enter the passphrase.');
      return false;
    },
    /** Puts a failure under the field when it belongs there; returns false when the caller must show it elsewhere. */
    showInline(failure: unknown): boolean {
      const inline = isApiError(failure, 'WRONG_PASSPHRASE') ? (failure as Error).message : firstError(fieldErrorsOf(failure), 'secret');
      if (inline) setError(inline);
      return Boolean(inline);
    },
  };
}
