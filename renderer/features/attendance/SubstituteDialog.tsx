import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { Attendee, PickOption } from '../../../shared/contract';
import { useDirectoryPicks } from '../../components/directory/useDirectoryPicks';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { FormDialog } from '../directory/FormDialog';

interface SubstituteDialogProps {
  attendee: Attendee;
  onClose: () => void;
}

/** Someone else came in this person's place: choose them from the roster, or type the name of someone not on it. */
export function SubstituteDialog({ attendee, onClose }: SubstituteDialogProps) {
  const { notify, notifyError } = useNotify();
  const [chosen, setChosen] = useState<PickOption | string | null>(attendee.substitute?.shownName ?? null);
  const [typed, setTyped] = useState(attendee.substitute?.shownName ?? '');
  // The host finds members as the name is typed: the roster is never loaded whole.
  const picks = useDirectoryPicks('member', typed, []);
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMeetingChange('attendance.setSubstitute', {
    onSuccess: () => {
      notify('Substitute saved.', 'success');
      onClose();
    },
    onError: notifyError,
  });

  const submit = () => {
    // A name typed but not yet confirmed with Enter counts as typed.
    const member = chosen !== null && typeof chosen !== 'string' && chosen.label === typed ? chosen : null;
    if (!member && typed.trim() === '') {
      setProblem('Name the substitute or choose them from the roster.');
      return;
    }
    save.mutate({ id: attendee.id, substitute: member ? { memberId: member.id, name: '' } : { memberId: null, name: typed.trim() } });
  };

  return (
    <FormDialog title={`Substitute for ${attendee.shownName}`} open saving={save.isPending} onClose={onClose} onSubmit={submit}>
      <Autocomplete<PickOption, false, false, true>
        freeSolo
        options={picks.options.filter((member) => member.id !== attendee.memberId)}
        filterOptions={(shown) => shown}
        value={chosen}
        onChange={(_event, next) => setChosen(next)}
        inputValue={typed}
        onInputChange={(_event, next) => {
          setTyped(next);
          setProblem(null);
        }}
        getOptionLabel={(option) => (typeof option === 'string' ? option : option.label)}
        renderInput={(params) => (
          <TextField
            {...params}
            autoFocus
            label="Substitute"
            error={problem !== null}
            helperText={problem ?? 'Choose from the roster, or type the name of someone who is not on it.'}
          />
        )}
      />
      {attendee.substitute && (
        <div>
          <Button color="warning" disabled={save.isPending} onClick={() => save.mutate({ id: attendee.id, substitute: null })}>
            No substitute after all
          </Button>
        </div>
      )}
    </FormDialog>
  );
}
