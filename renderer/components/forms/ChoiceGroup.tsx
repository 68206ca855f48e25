import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import { useId } from 'react';

interface ChoiceGroupProps<V extends string> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  /** Value -> visible words, in the order they are offered. */
  options: Readonly<Record<V, string>>;
  disabled?: boolean;
}

/** One labelled set of radio buttons. */
export function ChoiceGroup<V extends string>({ label, value, onChange, options, disabled }: ChoiceGroupProps<V>) {
  const labelId = useId();
  return (
    <FormControl disabled={disabled}>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup aria-labelledby={labelId} value={value} onChange={(event) => onChange(event.target.value as V)}>
        {(Object.entries(options) as [V, string][]).map(([optionValue, optionLabel]) => (
          <FormControlLabel key={optionValue} value={optionValue} control={<Radio />} label={optionLabel} />
        ))}
      </RadioGroup>
    </FormControl>
  );
}
