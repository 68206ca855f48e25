import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { Attendee } from '../../../shared/contract';
import { attendeeGroupings, groupAttendees, type AttendeeGrouping } from './attendeeGroups';
import { AttendeeRow } from './AttendeeRow';

/** Everyone invited, grouped by organization or by sector. */
export function AttendeeList({ attendees, locked }: { attendees: readonly Attendee[]; locked: boolean }) {
  const [grouping, setGrouping] = useState<AttendeeGrouping>('organization');
  const labelId = useId();
  return (
    <Stack sx={{ gap: 1 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" id={labelId}>
          Group by
        </Typography>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={grouping}
          aria-labelledby={labelId}
          onChange={(_event, next: AttendeeGrouping | null) => next && setGrouping(next)}
        >
          {(Object.entries(attendeeGroupings) as [AttendeeGrouping, string][]).map(([value, label]) => (
            <ToggleButton key={value} value={value} sx={{ py: 0.25 }}>
              {label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      {groupAttendees(attendees, grouping).map((group) => (
        <Stack key={group.label} component="section" aria-label={group.label}>
          <Typography variant="subtitle2" component="h3" color="text.secondary" sx={{ mt: 1 }}>
            {group.label} ({group.attendees.length})
          </Typography>
          <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {group.attendees.map((attendee) => (
              <AttendeeRow key={attendee.id} attendee={attendee} locked={locked} />
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}
