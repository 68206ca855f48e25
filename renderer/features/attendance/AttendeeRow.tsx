import MoreVert from '@mui/icons-material/MoreVert';
import IconButton from '@mui/material/IconButton';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Attendee } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { AttendanceStatusToggle } from './AttendanceStatusToggle';
import { SubstituteDialog } from './SubstituteDialog';

function roleWords(attendee: Attendee): string {
  return [
    attendee.guest && 'Guest',
    attendee.votingMember && 'Voting',
    attendee.representativeRole === 'primary' && 'Primary representative',
    attendee.representativeRole === 'alternate' && 'Alternate',
    attendee.substitute && `Sent a substitute: ${attendee.substitute.shownName}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One person on the list: who they are, their mark (one click), and a menu for a substitute or removal. */
export function AttendeeRow({ attendee, locked }: { attendee: Attendee; locked: boolean }) {
  const { notifyError } = useNotify();
  const mark = useMeetingChange('attendance.mark', { onError: notifyError });
  const remove = useMeetingChange('attendance.remove', { onError: notifyError });
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const [choosingSubstitute, setChoosingSubstitute] = useState(false);
  const details = roleWords(attendee);
  const canSendSubstitute = attendee.status === 'absent' || attendee.status === 'excused';

  return (
    <Stack component="li" direction="row" sx={{ gap: 1, py: 1, alignItems: 'center', flexWrap: 'wrap', borderBottom: 1, borderColor: 'divider' }}>
      <Stack sx={{ flex: '1 1 160px', minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{attendee.shownName}</Typography>
        {details && (
          <Typography variant="body2" color="text.secondary">
            {details}
          </Typography>
        )}
      </Stack>
      <Stack direction="row" sx={{ gap: 0.5, alignItems: 'center' }}>
        <AttendanceStatusToggle
          name={attendee.shownName}
          status={attendee.status}
          disabled={locked}
          onMark={(status) => mark.mutate({ id: attendee.id, status })}
        />
        {!locked && (
          <IconButton aria-label={`More for ${attendee.shownName}`} size="small" onClick={(event) => setMenuAnchor(event.currentTarget)}>
            <MoreVert fontSize="small" />
          </IconButton>
        )}
      </Stack>
      <Menu anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
        {!attendee.guest && (
          <MenuItem
            disabled={!canSendSubstitute}
            onClick={() => {
              setMenuAnchor(null);
              setChoosingSubstitute(true);
            }}
          >
            <ListItemText primary="Sent a substitute…" secondary={canSendSubstitute ? undefined : 'Mark them absent or excused first.'} />
          </MenuItem>
        )}
        <MenuItem
          onClick={() => {
            setMenuAnchor(null);
            remove.mutate({ id: attendee.id });
          }}
        >
          <ListItemText primary="Take off the list" />
        </MenuItem>
      </Menu>
      {choosingSubstitute && <SubstituteDialog attendee={attendee} onClose={() => setChoosingSubstitute(false)} />}
    </Stack>
  );
}
