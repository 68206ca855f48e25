import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent } from 'react';
import type { AppEvent } from '../../../shared/contract';
import { subscribeToEvents } from '../../api';
import { useNotify } from '../../components/notifications/NotificationContext';
import { refreshBackups } from './backupQueries';

type AutomaticBackupEvent = Extract<AppEvent, { type: 'backup.automatic' }>;

/**
 * Follows the automatic backup taken just after unlocking: a saved one quietly refreshes the Backups card
 * (a daily note would be noise); a failed one is a warning that says why. Renders nothing.
 */
export function AutomaticBackupNotice() {
  const queryClient = useQueryClient();
  const { notify } = useNotify();
  const report = useEffectEvent((event: AutomaticBackupEvent) => {
    if (event.outcome === 'skipped') return;
    void refreshBackups(queryClient);
    if (event.outcome === 'failed') notify(event.message, 'warning');
  });
  useEffect(() => subscribeToEvents((event) => event.type === 'backup.automatic' && report(event)), []);
  return null;
}
