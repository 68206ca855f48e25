import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';

interface OptionSelectProps<V extends string> {
  label: string;
  value: V | '';
  onChange: (value: V) => void;
  /** Value -> visible words, in the order they are offered. */
  options?: Readonly<Record<V, string>>;
  /** Grouped options (<optgroup>) instead of a flat list. */
  children?: ReactNode;
  /** An extra first option, e.g. "All sectors" for a filter or "Choose…" for a form. */
  emptyOption?: string;
  error?: string | undefined;
  helperText?: string | undefined;
  size?: 'small' | 'medium';
}

/** A native select: every browser and screen reader knows it, and the keyboard works without surprises. */
export function OptionSelect<V extends string>({ label, value, onChange, options, children, emptyOption, error, helperText, size }: OptionSelectProps<V>) {
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as V)}
      error={Boolean(error)}
      helperText={error ?? helperText}
      size={size}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {emptyOption !== undefined && <option value="">{emptyOption}</option>}
      {options &&
        (Object.entries(options) as [V, string][]).map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      {children}
    </TextField>
  );
}
