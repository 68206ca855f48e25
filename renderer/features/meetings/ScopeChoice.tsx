import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';
import type { EditScope } from './meetingDraft';

interface ScopeChoiceProps {
  legend: string;
  value: EditScope;
  onChange: (scope: EditScope) => void;
  helperText?: string;
}

/** For a meeting in a series: does a change concern only this one, or this and every later one? */
export function ScopeChoice({ legend, value, onChange, helperText }: ScopeChoiceProps) {
  const helpId = useId();
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">{legend}</FormLabel>
      <RadioGroup value={value} onChange={(event) => onChange(event.target.value as EditScope)} aria-describedby={helperText ? helpId : undefined}>
        <FormControlLabel value="this" control={<Radio />} label="Only this meeting" />
        <FormControlLabel value="following" control={<Radio />} label="This and following meetings" />
      </RadioGroup>
      {helperText && <FormHelperText id={helpId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}
