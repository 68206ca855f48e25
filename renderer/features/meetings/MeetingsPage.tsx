import Add from '@mui/icons-material/Add';
import EventNote from '@mui/icons-material/EventNote';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useMemo, useState } from 'react';
import type { MeetingStatus, MeetingSummary } from '../../../shared/contract';
import { useMeetings } from '../../components/meetings/meetingQueries';
import { errorMessage } from '../../components/errorMessage';
import { SectionCard } from '../../components/SectionCard';
import { OptionSelect } from '../directory/OptionSelect';
import { MeetingFormDialog } from './MeetingFormDialog';
import { meetingStatusLabels } from './meetingLabels';
import { MeetingListItem } from './MeetingListItem';
import { splitByTime } from './meetingTimeline';
import { ManageTemplatesButton } from './templates/ManageTemplatesButton';

/** `toolbarActions`: what other features offer for the list (composed in appPages.tsx). */
export function MeetingsPage({ toolbarActions }: { toolbarActions?: ReactNode }) {
  const [status, setStatus] = useState<MeetingStatus | ''>('');
  const [planning, setPlanning] = useState(false);
  const meetings = useMeetings();
  const { upcoming, past } = useMemo(
    () =>
      splitByTime(
        (meetings.data ?? []).filter((meeting) => !status || meeting.status === status),
        new Date(),
      ),
    [meetings.data, status],
  );
  const plan = () => setPlanning(true);

  return (
    <Stack sx={{ gap: 3, maxWidth: 1100 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Meetings</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {toolbarActions}
          <ManageTemplatesButton />
          <Button variant="contained" startIcon={<Add />} onClick={plan}>
            Plan a meeting
          </Button>
        </Stack>
      </Stack>
      {meetings.isPending && <CircularProgress aria-label="Loading the meetings" />}
      {meetings.isError && <Alert severity="error">{errorMessage(meetings.error)}</Alert>}
      {meetings.data?.length === 0 && <NoMeetingsYet onPlan={plan} />}
      {meetings.data && meetings.data.length > 0 && (
        <>
          <Box sx={{ maxWidth: { sm: 320 } }}>
            <OptionSelect label="Status" size="small" value={status} onChange={setStatus} options={meetingStatusLabels} emptyOption="All statuses" />
          </Box>
          <MeetingSection
            title="Upcoming"
            meetings={upcoming}
            emptyText={status ? 'No upcoming meetings with this status.' : 'Nothing planned ahead. Plan the next meeting.'}
          />
          <MeetingSection title="Past" meetings={past} emptyText={status ? 'No past meetings with this status.' : 'No past meetings yet.'} />
        </>
      )}
      {planning && <MeetingFormDialog onClose={() => setPlanning(false)} />}
    </Stack>
  );
}

function MeetingSection({ title, meetings, emptyText }: { title: string; meetings: readonly MeetingSummary[]; emptyText: string }) {
  return (
    <SectionCard title={`${title} (${meetings.length})`}>
      {meetings.length === 0 ? (
        <Typography color="text.secondary">{emptyText}</Typography>
      ) : (
        <List disablePadding aria-label={`${title} meetings`}>
          {meetings.map((meeting) => (
            <MeetingListItem key={meeting.id} meeting={meeting} />
          ))}
        </List>
      )}
    </SectionCard>
  );
}

function NoMeetingsYet({ onPlan }: { onPlan: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack sx={{ gap: 2, alignItems: 'center' }}>
        <EventNote color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No meetings yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
          Plan the coalition&apos;s first meeting: give it a date, build its agenda, and invite members from the roster. A regular meeting can repeat, and each
          new one in the series brings forward the last one&apos;s unfinished items.
        </Typography>
        <Button variant="contained" startIcon={<Add />} onClick={onPlan}>
          Plan a meeting
        </Button>
      </Stack>
    </Paper>
  );
}
