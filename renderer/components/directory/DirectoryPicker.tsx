import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PickOption } from '../../../shared/contract';
import { invoke } from '../../api';
import { useDebounced } from '../useDebounced';
import { directoryQueryScope } from './directoryQueryScope';

const TYPING_PAUSE_MS = 250;
/** How many names a picker offers at once; typing narrows them. */
export const PICK_LIMIT = 20;

const channels = { member: 'directory.pickMembers', organization: 'directory.pickOrganizations' } as const;
const nothingFound = { member: 'No member by that name', organization: 'No organization by that name' } as const;

interface DirectoryPickerProps {
  kind: keyof typeof channels;
  label: string;
  /** Shown in the empty field: what "nothing chosen" means here ("Anyone"). */
  anyLabel: string;
  value: string | null;
  onChange: (id: string | null) => void;
  size?: 'small' | 'medium';
  /** Offer active records only (a record chosen before it was archived still shows). */
  activeOnly?: boolean;
  error?: string | undefined;
  helperText?: string | undefined;
}

/**
 * One member or organization, found by typing: the host sends the first few names and narrows them as someone
 * types (issue 11), so a directory of 50,000 never travels to the window. The chosen one's name comes by id.
 */
export function DirectoryPicker({ kind, label, anyLabel, value, onChange, size = 'small', activeOnly = false, error, helperText }: DirectoryPickerProps) {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed, TYPING_PAUSE_MS);
  const picks = useQuery({
    queryKey: [directoryQueryScope, 'pick', kind, { query, chosenId: value, activeOnly }],
    queryFn: () => invoke(channels[kind], { query, limit: PICK_LIMIT, chosenId: value, activeOnly }),
    placeholderData: keepPreviousData,
  });
  const chosen = value === null ? null : (picks.data?.chosen ?? null);
  const options = picks.data?.options ?? [];
  return (
    <Autocomplete
      size={size}
      fullWidth
      options={options}
      value={chosen}
      // The host already chose the options for what was typed.
      filterOptions={(shown) => shown}
      getOptionLabel={(option) => option.label}
      getOptionKey={(option) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      loading={picks.isFetching}
      noOptionsText={picks.isFetching ? 'Looking…' : nothingFound[kind]}
      onInputChange={(_event, text, reason) => setTyped(reason === 'input' ? text : '')}
      onChange={(_event, option) => onChange(option?.id ?? null)}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <PickOptionText option={option} />
        </li>
      )}
      renderInput={(params) => <TextField {...params} label={label} placeholder={anyLabel} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}

function PickOptionText({ option }: { option: PickOption }) {
  const detail = [option.detail, option.archived ? 'archived' : null].filter(Boolean).join(' · ');
  return (
    <span>
      {option.label}
      {detail && (
        <>
          <br />
          <small>{detail}</small>
        </>
      )}
    </span>
  );
}
