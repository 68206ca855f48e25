import { createContext, useContext } from 'react';

export type NotificationSeverity = 'success' | 'info' | 'warning' | 'error';

export interface Notifier {
  notify(message: string, severity?: NotificationSeverity): void;
  /** Shows a failure in the snackbar; use for errors that do not belong to a form field. */
  notifyError(error: unknown): void;
}

export const NotificationContext = createContext<Notifier | null>(null);

export function useNotify(): Notifier {
  const notifier = useContext(NotificationContext);
  if (!notifier) throw new Error('useNotify needs a NotificationProvider above it.');
  return notifier;
}
