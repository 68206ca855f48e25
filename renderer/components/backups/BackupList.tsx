import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { BackupInfo } from '../../../shared/contract';
import { formatBytes } from '../../format/formatBytes';
import { formatDateTime } from '../../format/formatDate';
import { backupKindLabel } from './backupKindLabel';
import { RestoreBackupDialog } from './RestoreBackupDialog';
import { VerifyBackupDialog } from './VerifyBackupDialog';

interface BackupListProps {
  /** The workspace the backups belong to. */
  path: string;
  backups: readonly BackupInfo[];
  /** Said in the restore dialog about the workspace the person is looking at. */
  restoreIntro: string;
  onRestored: (restoredPath: string) => void;
}

/** A workspace's backups, newest first: date, kind and size, each with Verify and Restore. Nothing here deletes. */
export function BackupList({ path, backups, restoreIntro, onRestored }: BackupListProps) {
  const showFolders = new Set(backups.map((backup) => folderOf(backup.file))).size > 1;
  const [verifying, setVerifying] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  return (
    <>
      <List aria-label="Backups" disablePadding>
        {backups.map((backup) => (
          <ListItem key={backup.file} divider sx={{ gap: 2, flexWrap: 'wrap', px: 0 }}>
            <ListItemText
              primary={formatDateTime(backup.createdAt)}
              secondary={
                showFolders
                  ? `${backupKindLabel[backup.kind]} · ${formatBytes(backup.sizeBytes)} · in ${folderOf(backup.file)}`
                  : `${backupKindLabel[backup.kind]} · ${formatBytes(backup.sizeBytes)}`
              }
              sx={{ minWidth: 200, overflowWrap: 'anywhere' }}
            />
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              <Button variant="text" onClick={() => setVerifying(backup)}>
                Verify
              </Button>
              <Button variant="outlined" onClick={() => setRestoring(backup)}>
                Restore into a new workspace
              </Button>
            </Stack>
          </ListItem>
        ))}
      </List>
      {verifying && <VerifyBackupDialog path={path} backup={verifying} onClose={() => setVerifying(null)} />}
      {restoring && (
        <RestoreBackupDialog
          path={path}
          backup={restoring}
          intro={restoreIntro}
          onClose={() => setRestoring(null)}
          onRestored={(restoredPath) => {
            setRestoring(null);
            onRestored(restoredPath);
          }}
        />
      )}
    </>
  );
}

/** The folder part of a path, on any platform (the renderer has no path module). */
function folderOf(file: string): string {
  return file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')));
}
