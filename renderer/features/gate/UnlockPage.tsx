import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { AppStatus, WorkspaceSummary } from '../../../shared/contract';
import { ApiError, invoke } from '../../api';
import { CenteredPanel } from '../../components/CenteredPanel';
import { useNotify } from '../../components/notifications/NotificationContext';
import { PassphraseField } from '../../components/passphrase/PassphraseField';
import { FolderField } from '../../components/FolderField';
import { OTHER_WORKSPACE, RecentWorkspaceList } from './RecentWorkspaceList';
import { unlockFieldErrors, type UnlockFieldErrors } from './unlockErrors';
import { useForgetRecent } from './useForgetRecent';
import { slowDownText, useRetryCountdown } from './useRetryCountdown';

interface UnlockPageProps {
  status: AppStatus;
  initialPath?: string | undefined;
  notice?: string | undefined;
  onUnlocked: (workspace: WorkspaceSummary) => void;
  onForgotPassphrase: (path: string) => void;
  onDamaged: (path: string, message: string) => void;
  onTooNew: (message: string) => void;
  onCreateNew: () => void;
}

export function UnlockPage({ status, initialPath, notice, onUnlocked, onForgotPassphrase, onDamaged, onTooNew, onCreateNew }: UnlockPageProps) {
  const recent = status.recent;
  const [selected, setSelected] = useState(() => initialPath ?? recent[0]?.path ?? OTHER_WORKSPACE);
  const [otherPath, setOtherPath] = useState(() => (initialPath && !recent.some((item) => item.path === initialPath) ? initialPath : ''));
  const [passphrase, setPassphrase] = useState('');
  const [errors, setErrors] = useState<UnlockFieldErrors>({});
  const [secondsLeft, startCountdown] = useRetryCountdown();
  const { notifyError } = useNotify();
  const forgetRecent = useForgetRecent();

  // A workspace just restored or opened by folder may reach the recent list a moment later; it is then picked there.
  const selection =
    selected === OTHER_WORKSPACE || recent.some((item) => item.path === selected)
      ? selected
      : selected === initialPath
        ? OTHER_WORKSPACE
        : (recent[0]?.path ?? OTHER_WORKSPACE);
  const path = selection === OTHER_WORKSPACE ? otherPath.trim() : selection;

  const unlock = useMutation({
    mutationFn: () => invoke('workspace.unlock', { path, passphrase }),
    onSuccess: onUnlocked,
    onError: (error) => {
      // The wrong passphrase that uses up the free attempts already says how long to wait, not just the next try.
      if (error instanceof ApiError && error.retryAfterMs !== undefined) {
        startCountdown(error.retryAfterMs);
        if (error.code === 'TOO_MANY_ATTEMPTS') return;
      }
      if (!(error instanceof ApiError)) {
        notifyError(error);
      } else if (error.code === 'WORKSPACE_DAMAGED') {
        onDamaged(path, error.message);
      } else if (error.code === 'WORKSPACE_TOO_NEW') {
        onTooNew(error.message);
      } else {
        const inline = unlockFieldErrors(error);
        if (inline) setErrors(inline);
        else notifyError(error);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = { path: path ? undefined : 'Enter the folder of the workspace.', passphrase: passphrase ? undefined : 'Enter the passphrase.' };
    setErrors(problems);
    if (!problems.path && !problems.passphrase) unlock.mutate();
  };

  const forgotPassphrase = () => {
    if (path) onForgotPassphrase(path);
    else setErrors({ path: 'Choose the workspace first, then use your recovery code.' });
  };

  return (
    <CenteredPanel width={640}>
      <Typography variant="h1">Unlock workspace</Typography>
      {notice && <Alert severity="success">{notice}</Alert>}
      <Box component="form" noValidate onSubmit={submit} aria-label="Unlock workspace">
        <Stack sx={{ gap: 2.5 }}>
          <RecentWorkspaceList
            recent={recent}
            selected={selection}
            onSelect={(value) => {
              setSelected(value);
              setErrors({});
            }}
            onForget={(workspace) => forgetRecent.mutate(workspace.path)}
          />
          {selection === OTHER_WORKSPACE && (
            <FolderField
              label="Workspace folder"
              value={otherPath}
              onChange={(value) => {
                setOtherPath(value);
                setErrors((current) => ({ ...current, path: undefined }));
              }}
              error={errors.path}
              helperText="The folder whose name ends in .coalition"
              canPickFolders={status.host.canPickFolders}
              pickerTitle="Choose a workspace folder"
              placeholder="Coalition.coalition"
            />
          )}
          {selection !== OTHER_WORKSPACE && errors.path && <Alert severity="error">{errors.path}</Alert>}
          <PassphraseField
            label="Passphrase"
            value={passphrase}
            onChange={(value) => {
              setPassphrase(value);
              setErrors((current) => ({ ...current, passphrase: undefined }));
            }}
            error={errors.passphrase}
            autoComplete="current-password"
            autoFocus={recent.length > 0}
          />
          {errors.inUse && <Alert severity="warning">{errors.inUse}</Alert>}
          {secondsLeft > 0 && (
            <Alert severity="warning" role="status">
              {slowDownText(secondsLeft)}
            </Alert>
          )}
          <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={unlock.isPending || secondsLeft > 0}
              startIcon={unlock.isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : undefined}
            >
              Unlock
            </Button>
            <Button variant="text" onClick={forgotPassphrase}>
              Forgot passphrase?
            </Button>
          </Stack>
        </Stack>
      </Box>
      <Box>
        <Button variant="outlined" onClick={onCreateNew}>
          Create a new workspace
        </Button>
      </Box>
    </CenteredPanel>
  );
}
