import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import { useId } from 'react';

interface ReEncryptOptionProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Set when the choice is not the person's to make, with the reason in plain words. */
  requiredBecause?: string | undefined;
  /** What the re-key also changes here, e.g. that a new recovery code is made. */
  alsoNote?: string | undefined;
}

/** "Also re-encrypt the workspace with a new key", with what that means, offered where a secret changes. */
export function ReEncryptOption({ checked, onChange, disabled = false, requiredBecause, alsoNote }: ReEncryptOptionProps) {
  const helpId = useId();
  return (
    <Stack>
      <FormControlLabel
        control={
          <Checkbox
            checked={checked || requiredBecause !== undefined}
            onChange={(event) => onChange(event.target.checked)}
            disabled={disabled || requiredBecause !== undefined}
            slotProps={{ input: { 'aria-describedby': helpId } }}
          />
        }
        label="Also re-encrypt the workspace with a new key"
      />
      <FormHelperText id={helpId} sx={{ mt: 0, ml: 4 }}>
        {requiredBecause ??
          'Do this if the old passphrase or recovery code may be known to someone: copies of the old key file, such as those inside backups, then no longer open today’s data.'}
        {alsoNote ? ` ${alsoNote}` : ''} It takes a moment; the workspace stays open.
      </FormHelperText>
    </Stack>
  );
}
