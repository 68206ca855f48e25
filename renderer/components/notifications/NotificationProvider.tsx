import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { errorMessage } from '../errorMessage';
import { NotificationContext, type NotificationSeverity, type Notifier } from './NotificationContext';

interface Notification {
  id: number;
  message: string;
  severity: NotificationSeverity;
}

let nextId = 1;

/** One snackbar for the whole window; a newer message replaces the one on screen. */
export function NotificationProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Notification | null>(null);
  const [open, setOpen] = useState(false);

  const notify = useCallback((message: string, severity: NotificationSeverity = 'info') => {
    setCurrent({ id: nextId++, message, severity });
    setOpen(true);
  }, []);

  const notifier = useMemo<Notifier>(() => ({ notify, notifyError: (error) => notify(errorMessage(error), 'error') }), [notify]);

  const close = (_event?: unknown, reason?: string) => {
    if (reason !== 'clickaway') setOpen(false);
  };

  return (
    <NotificationContext.Provider value={notifier}>
      {children}
      <Snackbar
        key={current?.id}
        open={open && current !== null}
        onClose={close}
        autoHideDuration={current?.severity === 'error' ? null : 6000}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert onClose={close} severity={current?.severity ?? 'info'} variant="filled" sx={{ width: '100%' }}>
          {current?.message}
        </Alert>
      </Snackbar>
    </NotificationContext.Provider>
  );
}
