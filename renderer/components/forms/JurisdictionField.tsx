import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { usJurisdictions } from '../../../shared/jurisdictions';

interface JurisdictionFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** Suggests US states and territories but accepts any name, so tribal nations can be typed in. */
export function JurisdictionField({ value, onChange, error }: JurisdictionFieldProps) {
  return (
    <Autocomplete
      freeSolo
      options={usJurisdictions}
      inputValue={value}
      onInputChange={(_event, next) => onChange(next)}
      renderInput={(params) => (
        <TextField
          {...params}
          label="State, territory or tribal nation"
          error={Boolean(error)}
          helperText={error ?? 'Pick from the list or type the name of a tribal nation.'}
        />
      )}
    />
  );
}
