import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { LinkChoice } from '../../shared/contract';
import { useDebounced } from './useDebounced';

const TYPING_PAUSE_MS = 200;

export interface ChoicePickerProps {
  /** The field's label, e.g. "Link an action item". */
  label: string;
  /** Said when nothing matches, e.g. "No action item with those words, or it is linked already." */
  none: string;
  /** Where the answers are kept (the words typed are added to it); a change that invalidates it refreshes the list. */
  queryKey: readonly unknown[];
  /** Asks the host for the records holding the words typed (after a short pause; only while the list is open). */
  fetchChoices: (typed: string) => Promise<LinkChoice[]>;
  onPick: (choice: LinkChoice) => void;
  disabled?: boolean;
}

/**
 * Type a few words of a record to link it: the host searches (never the whole list in the window), each choice
 * shows its title and a line of detail, and the field empties after a pick.
 */
export function ChoicePicker({ label, none, queryKey, fetchChoices, onPick, disabled = false }: ChoicePickerProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const typed = useDebounced(text, TYPING_PAUSE_MS);
  const choices = useQuery({ queryKey: [...queryKey, typed], queryFn: () => fetchChoices(typed), enabled: open, placeholderData: keepPreviousData });
  return (
    <Autocomplete<LinkChoice>
      options={choices.data ?? []}
      loading={choices.isFetching}
      disabled={disabled}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      value={null}
      inputValue={text}
      onInputChange={(_event, value, reason) => reason !== 'reset' && setText(value)}
      onChange={(_event, choice) => {
        if (!choice) return;
        setText('');
        onPick(choice);
      }}
      filterOptions={(options) => options}
      getOptionLabel={(choice) => choice.label}
      noOptionsText={none}
      renderOption={({ key, ...props }, choice) => (
        <li key={key} {...props}>
          <div style={{ minWidth: 0 }}>
            <Typography sx={{ overflowWrap: 'anywhere' }}>{choice.label}</Typography>
            <Typography variant="body2" color="text.secondary">
              {choice.detail}
            </Typography>
          </div>
        </li>
      )}
      renderInput={(params) => <TextField {...params} label={label} size="small" />}
    />
  );
}
