import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { type DutyId, duties } from '../../../shared/childWelfareDuties';

interface DutiesFieldProps {
  value: readonly DutyId[];
  onChange: (value: DutyId[]) => void;
  error?: string;
  legend?: string;
}

/** The six duties of P.L. 113-183 as checkboxes: which of them a protocol or a training serves. */
export function DutiesField({ value, onChange, error, legend = 'Duties of P.L. 113-183 it serves' }: DutiesFieldProps) {
  return (
    <FormControl component="fieldset" error={Boolean(error)}>
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup>
        {duties.map((duty) => (
          <FormControlLabel
            key={duty.id}
            control={
              <Checkbox
                checked={value.includes(duty.id)}
                onChange={(event) => onChange(event.target.checked ? [...value, duty.id] : value.filter((id) => id !== duty.id))}
              />
            }
            label={duty.title}
          />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  );
}
