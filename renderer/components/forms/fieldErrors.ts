import type { z } from 'zod';
import { ApiError } from '../../api';

/** Field errors keyed by dotted path ('name', 'jurisdiction.state'), as the host sends them. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError && error.fieldErrors ? error.fieldErrors : {};
}

export function firstError(errors: FieldErrors, key: string): string | undefined {
  return errors[key]?.[0];
}

/** True when every field error has a field on this form to show it; otherwise the snackbar must say it. */
export function allShownInline(errors: FieldErrors, formKeys: readonly string[]): boolean {
  const keys = Object.keys(errors);
  return keys.length > 0 && keys.every((key) => formKeys.includes(key));
}
