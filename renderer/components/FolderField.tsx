import FolderOpen from '@mui/icons-material/FolderOpen';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { invoke } from '../api';
import { useNotify } from './notifications/NotificationContext';

interface FolderFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  helperText?: string;
  /** The desktop host can show the system folder picker; browser mode types the path. */
  canPickFolders: boolean;
  pickerTitle: string;
  placeholder?: string;
  /** Takes the row's width, for long paths. */
  fullWidth?: boolean;
}

export function FolderField({ label, value, onChange, error, helperText, canPickFolders, pickerTitle, placeholder, fullWidth }: FolderFieldProps) {
  const { notifyError } = useNotify();
  const [picking, setPicking] = useState(false);

  const pick = async () => {
    setPicking(true);
    try {
      const { path } = await invoke('host.pickFolder', { title: pickerTitle });
      if (path) onChange(path);
    } catch (pickError) {
      notifyError(pickError);
    } finally {
      setPicking(false);
    }
  };

  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}>
      <TextField
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={Boolean(error)}
        helperText={error ?? helperText}
        placeholder={placeholder}
        fullWidth={fullWidth}
        sx={fullWidth ? { flexGrow: 1 } : undefined}
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
      />
      {canPickFolders && (
        <Button variant="outlined" startIcon={<FolderOpen />} onClick={() => void pick()} disabled={picking} sx={{ flexShrink: 0, mt: { sm: 1 } }}>
          Choose folder…
        </Button>
      )}
    </Stack>
  );
}
