import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { sectors, type SectorId } from '../../../shared/stakeholderSectors';
import { useMeetingChange, useWorkgroups } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { useDirectoryPicks } from '../../components/directory/useDirectoryPicks';

interface Named<I extends string = string> {
  id: I;
  label: string;
}

interface ChoicesProps<T extends Named> {
  label: string;
  helperText: string;
  options: readonly T[];
  value: T[];
  onChange: (value: T[]) => void;
  /** Given when the host chooses the options for what is typed (DirectoryChoices). */
  typed?: string;
  onType?: (typed: string) => void;
}

function Choices<T extends Named>({ label, helperText, options, value, onChange, typed, onType }: ChoicesProps<T>) {
  const typing = onType
    ? {
        inputValue: typed ?? '',
        onInputChange: (_event: unknown, text: string, reason: string) => onType(reason === 'input' ? text : ''),
        filterOptions: (shown: T[]) => shown,
      }
    : {};
  return (
    <Autocomplete
      multiple
      filterSelectedOptions
      {...typing}
      options={options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}

/** People or organizations, found by the host as someone types (the roster is never loaded whole); the chosen keep their names. */
function DirectoryChoices({ kind, ...props }: Omit<ChoicesProps<Named>, 'options'> & { kind: 'member' | 'organization' }) {
  const [typed, setTyped] = useState('');
  const picks = useDirectoryPicks(kind, typed, []);
  const options = picks.options.map((option) => ({
    id: option.id,
    label: option.detail && kind === 'member' ? `${option.label} (${option.detail})` : option.label,
  }));
  return <Choices {...props} options={options} typed={typed} onType={setTyped} />;
}

const sectorChoices: Named<SectorId>[] = sectors.map((sector) => ({ id: sector.id, label: sector.label }));

/** Invites people one by one, or everyone active in chosen organizations, workgroups or sectors. */
export function InviteDialog({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const workgroups = useWorkgroups();
  const { notify, notifyError } = useNotify();
  const [people, setPeople] = useState<Named[]>([]);
  const [chosenOrganizations, setChosenOrganizations] = useState<Named[]>([]);
  const [chosenWorkgroups, setChosenWorkgroups] = useState<Named[]>([]);
  const [chosenSectors, setChosenSectors] = useState<Named<SectorId>[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const invite = useMeetingChange('attendance.invite', {
    onSuccess: (attendees) => {
      notify(`${attendees.length} ${attendees.length === 1 ? 'person is' : 'people are'} on the attendance list.`, 'success');
      onClose();
    },
    onError: notifyError,
  });

  const ids = <I extends string>(chosen: Named<I>[]) => chosen.map((entry) => entry.id);
  const submit = () => {
    if (people.length + chosenOrganizations.length + chosenWorkgroups.length + chosenSectors.length === 0) {
      setProblem('Choose at least one person, organization, workgroup or sector to invite.');
      return;
    }
    invite.mutate({
      meetingId,
      memberIds: ids(people),
      organizationIds: ids(chosenOrganizations),
      workgroupIds: ids(chosenWorkgroups),
      sectors: ids(chosenSectors),
    });
  };
  const choose =
    <I extends string>(set: (value: Named<I>[]) => void) =>
    (value: Named<I>[]) => {
      set(value);
      setProblem(null);
    };

  return (
    <FormDialog title="Invite" submitLabel="Invite" open saving={invite.isPending} onClose={onClose} onSubmit={submit}>
      <Typography variant="body2" color="text.secondary">
        Choose in any of the fields. Everyone active in a chosen organization, workgroup or sector is invited; people already on the list keep their mark.
      </Typography>
      <DirectoryChoices kind="member" label="People" helperText="Members of the roster, by name." value={people} onChange={choose(setPeople)} />
      <DirectoryChoices
        kind="organization"
        label="Organizations"
        helperText="All of their active members."
        value={chosenOrganizations}
        onChange={choose(setChosenOrganizations)}
      />
      <Choices
        label="Workgroups"
        helperText="The chair and every member."
        options={(workgroups.data ?? []).map((workgroup) => ({ id: workgroup.id, label: workgroup.name }))}
        value={chosenWorkgroups}
        onChange={choose(setChosenWorkgroups)}
      />
      <Choices
        label="Sectors"
        helperText="Everyone from organizations in these sectors."
        options={sectorChoices}
        value={chosenSectors}
        onChange={choose(setChosenSectors)}
      />
      {problem && (
        <Typography role="alert" color="error" variant="body2">
          {problem}
        </Typography>
      )}
    </FormDialog>
  );
}
