import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { sectors, type SectorId } from '../../../shared/stakeholderSectors';
import { useMeetingChange, useWorkgroups } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';
import { useMembers, useOrganizations } from '../directory/directoryQueries';

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
}

function Choices<T extends Named>({ label, helperText, options, value, onChange }: ChoicesProps<T>) {
  return (
    <Autocomplete
      multiple
      filterSelectedOptions
      options={options}
      value={value}
      onChange={(_event, next) => onChange(next)}
      getOptionLabel={(option) => option.label}
      isOptionEqualToValue={(option, chosen) => option.id === chosen.id}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText} />}
    />
  );
}

const sectorChoices: Named<SectorId>[] = sectors.map((sector) => ({ id: sector.id, label: sector.label }));

/** Invites people one by one, or everyone active in chosen organizations, workgroups or sectors. */
export function InviteDialog({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const members = useMembers();
  const organizations = useOrganizations();
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
  const choose = <I extends string>(set: (value: Named<I>[]) => void) => (value: Named<I>[]) => {
    set(value);
    setProblem(null);
  };

  return (
    <FormDialog title="Invite" submitLabel="Invite" open saving={invite.isPending} onClose={onClose} onSubmit={submit}>
      <Typography variant="body2" color="text.secondary">
        Choose in any of the fields. Everyone active in a chosen organization, workgroup or sector is invited; people already on the list keep their mark.
      </Typography>
      <Choices
        label="People"
        helperText="Members of the roster, by name."
        options={(members.data ?? []).map((member) => ({ id: member.id, label: member.organizationName ? `${member.shownName} (${member.organizationName})` : member.shownName }))}
        value={people}
        onChange={choose(setPeople)}
      />
      <Choices
        label="Organizations"
        helperText="All of their active members."
        options={(organizations.data ?? []).map((organization) => ({ id: organization.id, label: organization.name }))}
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
      <Choices label="Sectors" helperText="Everyone from organizations in these sectors." options={sectorChoices} value={chosenSectors} onChange={choose(setChosenSectors)} />
      {problem && (
        <Typography role="alert" color="error" variant="body2">
          {problem}
        </Typography>
      )}
    </FormDialog>
  );
}
