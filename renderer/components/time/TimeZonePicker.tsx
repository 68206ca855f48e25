import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

const timeZones = Intl.supportedValuesOf('timeZone');

interface TimeZonePickerProps {
  label: string;
  value: string;
  onChange: (timeZone: string) => void;
  error?: string | undefined;
  helperText?: string | undefined;
}

/** Type part of a zone ("Chicago", "Europe/") to find it. */
export function TimeZonePicker({ label, value, onChange, error, helperText }: TimeZonePickerProps) {
  return (
    <Autocomplete
      options={timeZones}
      value={value || null}
      onChange={(_event, zone) => onChange(zone ?? '')}
      getOptionLabel={(zone) => zone.replaceAll('_', ' ')}
      noOptionsText="No time zone by that name"
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}
