import { useState } from 'react';
import type { z } from 'zod';
import { allShownInline, fieldErrorsFromZod, fieldErrorsOf, firstError, type FieldErrors } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';

type StringKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/**
 * The state of a directory form: the draft, its errors (from the shared schema before sending, and from the host
 * after), and the props that tie a text field to one draft key.
 */
export function useDraftForm<D extends object>(initial: D, formKeys: readonly string[]) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { notifyError } = useNotify();

  const set = <K extends keyof D & string>(key: K, value: D[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key] ? { ...current, [key]: [] } : current));
  };

  const textField = (key: StringKeys<D>, label: string) => ({
    label,
    value: draft[key] as string,
    onChange: (event: { target: { value: string } }) => set(key, event.target.value as D[typeof key]),
    error: Boolean(firstError(errors, key)),
    helperText: firstError(errors, key),
  });

  /** Checks the input against the contract's schema; shows the problems inline and returns null when there are any. */
  const validate = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> | null => {
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    setErrors(fieldErrorsFromZod(result.error));
    return null;
  };

  /** Shows problems a rule beyond the schema found (shared rules the host applies too); true when there were any. */
  const showErrors = (found: FieldErrors) => {
    const any = Object.keys(found).length > 0;
    if (any) setErrors(found);
    return any;
  };

  /** Shows the host's field errors next to their fields; anything else goes to the snackbar. */
  const showSaveError = (error: unknown) => {
    const fieldErrors = fieldErrorsOf(error);
    if (allShownInline(fieldErrors, formKeys)) setErrors(fieldErrors);
    else notifyError(error);
  };

  return { draft, set, errors, errorOf: (key: string) => firstError(errors, key), textField, validate, showErrors, showSaveError };
}
