import type { BackupKind } from '../../../shared/contract';

/** The words people read for a backup's kind. */
export const backupKindLabel: Record<BackupKind, string> = {
  automatic: 'Automatic',
  manual: 'Manual',
  'before-upgrade': 'Before upgrade',
};
