import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { BackupFolder } from '../../../shared/contract';
import { invoke } from '../../api';
import { FolderField } from '../../components/FolderField';
import { fieldErrorsOf, firstError } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useAppStatus } from '../../session/useAppStatus';
import { refreshBackups } from './backupQueries';

/** Where new backups go: the workspace's own backups folder, or one the person chooses (another drive, a synced folder). */
export function BackupFolderForm({ folder }: { folder: BackupFolder }) {
  const canPickFolders = useAppStatus().data?.host.canPickFolders ?? false;
  const queryClient = useQueryClient();
  const { notify, notifyError } = useNotify();
  const [value, setValue] = useState(folder.isDefault ? '' : folder.path);
  const [error, setError] = useState<string | undefined>();

  const save = useMutation({
    mutationFn: (chosen: string | null) => invoke('backups.setFolder', { folder: chosen }),
    onSuccess: async (saved) => {
      setValue(saved.isDefault ? '' : saved.path);
      await refreshBackups(queryClient);
      notify(saved.isDefault ? 'New backups go to the built-in folder again.' : 'New backups go to the chosen folder.', 'success');
    },
    onError: (failure) => {
      const inline = firstError(fieldErrorsOf(failure), 'folder');
      if (inline) setError(inline);
      else notifyError(failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (value.trim()) save.mutate(value);
    else setError('Enter a folder, or use the built-in folder.');
  };

  return (
    <Stack component="form" noValidate onSubmit={submit} sx={{ gap: 1.5 }} aria-label="Backup folder">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Backup folder
      </Typography>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {folder.isDefault ? `Built-in: ${folder.path}` : `Chosen: ${folder.path}`}
      </Typography>
      <FolderField
        label="Folder for new backups"
        value={value}
        onChange={(next) => {
          setValue(next);
          setError(undefined);
        }}
        error={error}
        helperText={
          canPickFolders
            ? 'Another drive or a folder your organisation backs up. Backups already made stay where they are.'
            : 'Type the full path, such as /home/you/Coalition backups. Backups already made stay where they are.'
        }
        canPickFolders={canPickFolders}
        pickerTitle="Choose a folder for backups"
        placeholder={folder.defaultPath}
        fullWidth
      />
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button type="submit" variant="outlined" disabled={save.isPending}>
          Use this folder
        </Button>
        {!folder.isDefault && (
          <Button variant="text" disabled={save.isPending} onClick={() => save.mutate(null)}>
            Use the built-in folder
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
