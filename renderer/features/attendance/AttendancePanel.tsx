import PersonAdd from '@mui/icons-material/PersonAdd';
import GroupAdd from '@mui/icons-material/GroupAdd';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/contract';
import { isRecordLocked } from '../../components/meetings/meetingRecordLock';
import { AttendeeList } from './AttendeeList';
import { GuestDialog } from './GuestDialog';
import { InviteDialog } from './InviteDialog';
import { InviteLastTimeButton } from './InviteLastTimeButton';
import { QuorumIndicator } from './QuorumIndicator';
import { SectorPresenceSummary } from './SectorPresenceSummary';

/** Who was invited and who came: marks, substitutes and guests, with the quorum and the sectors in the room. */
export function AttendancePanel({ detail }: { detail: MeetingDetail }) {
  const [dialog, setDialog] = useState<'invite' | 'guest' | null>(null);
  const locked = isRecordLocked(detail);
  const meetingId = detail.meeting.id;
  const marked = detail.attendees.filter((attendee) => attendee.status !== 'invited').length;

  return (
    <Stack sx={{ gap: 2, minWidth: 0 }}>
      <QuorumIndicator quorum={detail.quorum} />
      {!locked && (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button variant="outlined" startIcon={<GroupAdd />} onClick={() => setDialog('invite')}>
            Invite
          </Button>
          <Button variant="outlined" startIcon={<PersonAdd />} onClick={() => setDialog('guest')}>
            Add guest
          </Button>
        </Stack>
      )}
      {detail.attendees.length === 0 ? (
        <>
          <Typography color="text.secondary">Nobody is on the attendance list yet. Invite people from the roster, or add a guest.</Typography>
          {!locked && <InviteLastTimeButton detail={detail} />}
        </>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {detail.attendees.length} on the list, {marked} marked.
          </Typography>
          <AttendeeList attendees={detail.attendees} locked={locked} />
        </>
      )}
      <Divider />
      <Typography variant="h3" component="h2">
        Sectors in the room
      </Typography>
      <SectorPresenceSummary presence={detail.sectorPresence} />
      {dialog === 'invite' && <InviteDialog meetingId={meetingId} onClose={() => setDialog(null)} />}
      {dialog === 'guest' && <GuestDialog meetingId={meetingId} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
