import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Member, PickOption } from '../../../shared/contract';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';
import { useDirectoryPicks } from '../../components/directory/useDirectoryPicks';
import { useMembers } from './directoryQueries';

interface PickerField {
  label: string;
  error?: string | undefined;
  helperText?: string | undefined;
}

/** Active members by the name the app shows (a protected member by display name only); archived ones only when already chosen. Only the meeting picker (mover, seconder) still loads them all. */
function useMemberOptions(chosenIds: readonly string[]) {
  const members = useMembers(true);
  const options = (members.data ?? []).filter((member) => !member.archivedAt || chosenIds.includes(member.id));
  return { options, loading: members.isPending };
}

function MemberOption({ member }: { member: Member }) {
  return (
    <span>
      {member.shownName}
      {member.organizationName && (
        <>
          <br />
          <small>{member.organizationName}</small>
        </>
      )}
    </span>
  );
}

const shownName = (member: Member) => member.shownName;
const memberKey = (member: Member) => member.id;
const sameMember = (option: Member, chosen: Member) => option.id === chosen.id;
const noOptionsText = 'No active member by that name';

const AT_MEETING = 'At the meeting';
const NOT_AT_MEETING = 'Not marked present';

/**
 * `firstIds` (the people at a meeting) are offered first, under their own heading; the rest follow under "Not
 * marked present" and cannot be chosen, so the list says why someone is missing rather than hiding them.
 */
function orderedOptions(options: Member[], firstIds: ReadonlySet<string> | undefined) {
  if (!firstIds) return { options, grouping: {} };
  const first = options.filter((member) => firstIds.has(member.id));
  const rest = options.filter((member) => !firstIds.has(member.id));
  return {
    options: [...first, ...rest],
    grouping: {
      groupBy: (member: Member) => (firstIds.has(member.id) ? AT_MEETING : NOT_AT_MEETING),
      getOptionDisabled: (member: Member) => !firstIds.has(member.id),
    },
  };
}

/**
 * Type to find one member. Without `firstIds` the host finds them as someone types (DirectoryPicker), so the roster
 * is never loaded whole; with `firstIds` (the people at a meeting) only those can be chosen and they come first.
 */
export function MemberPicker(props: PickerField & { value: string | null; onChange: (id: string | null) => void; firstIds?: ReadonlySet<string> }) {
  if (!props.firstIds) {
    const { label, error, helperText, value, onChange } = props;
    return (
      <DirectoryPicker
        kind="member"
        size="medium"
        activeOnly
        label={label}
        anyLabel=""
        value={value}
        onChange={onChange}
        error={error}
        helperText={helperText}
      />
    );
  }
  return <MeetingMemberPicker {...props} firstIds={props.firstIds} />;
}

function MeetingMemberPicker({
  label,
  error,
  helperText,
  value,
  onChange,
  firstIds,
}: PickerField & { value: string | null; onChange: (id: string | null) => void; firstIds: ReadonlySet<string> }) {
  const { options: all, loading } = useMemberOptions(value ? [value] : []);
  const { options, grouping } = orderedOptions(all, firstIds);
  return (
    <Autocomplete
      fullWidth
      {...grouping}
      getOptionLabel={shownName}
      getOptionKey={memberKey}
      isOptionEqualToValue={sameMember}
      noOptionsText={noOptionsText}
      renderOption={({ key, ...props }, member) => (
        <li key={key} {...props}>
          <MemberOption member={member} />
        </li>
      )}
      options={options}
      loading={loading}
      value={options.find((member) => member.id === value) ?? null}
      onChange={(_event, member) => onChange(member?.id ?? null)}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}

/** Type to add members one after another (the host finds them as someone types); each chosen one shows as a removable chip. */
export function MembersPicker({ label, error, helperText, value, onChange }: PickerField & { value: readonly string[]; onChange: (ids: string[]) => void }) {
  const [typed, setTyped] = useState('');
  const picks = useDirectoryPicks('member', typed, value);
  const chosen = value.flatMap((id) => picks.chosen.find((option) => option.id === id) ?? picks.options.find((option) => option.id === id) ?? []);
  return (
    <Autocomplete
      fullWidth
      multiple
      filterSelectedOptions
      // The host already chose the options for what was typed.
      filterOptions={(shown) => shown.filter((option) => !value.includes(option.id))}
      getOptionLabel={(option: PickOption) => option.label}
      getOptionKey={(option: PickOption) => option.id}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      noOptionsText={picks.loading ? 'Looking…' : noOptionsText}
      renderOption={({ key, ...props }, option) => (
        <li key={key} {...props}>
          <span>
            {option.label}
            {option.detail && (
              <>
                <br />
                <small>{option.detail}</small>
              </>
            )}
          </span>
        </li>
      )}
      options={picks.options}
      loading={picks.loading}
      value={chosen}
      inputValue={typed}
      onInputChange={(_event, text, reason) => setTyped(reason === 'input' ? text : '')}
      onChange={(_event, options) => onChange(options.map((option) => option.id))}
      renderInput={(params) => <TextField {...params} label={label} error={Boolean(error)} helperText={error ?? helperText} />}
    />
  );
}
