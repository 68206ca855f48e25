import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MeetingDetail } from '../../../shared/contract';
import { formatDate } from '../../format/formatDate';
import { HistoryList } from '../directory/HistoryList';
import { describeMeetingChange } from './meetingHistoryWords';
import { meetingFieldLabels } from './meetingLabels';

/** Amendments of approved minutes (each with its reason and dates), then every recorded change. */
export function MeetingHistory({ detail }: { detail: MeetingDetail }) {
  return (
    <Stack sx={{ gap: 3 }}>
      <Stack sx={{ gap: 1 }}>
        <Typography variant="h3" component="h3">
          Amendments
        </Typography>
        {detail.amendments.length === 0 ? (
          <Typography color="text.secondary">The approved minutes have not been amended.</Typography>
        ) : (
          <List dense disablePadding>
            {detail.amendments.map((amendment) => (
              <ListItem key={amendment.id} disableGutters divider>
                <ListItemText
                  primary={amendment.reason}
                  secondary={`Opened ${formatDate(amendment.openedAt)}${amendment.closedAt ? `, finished ${formatDate(amendment.closedAt)}` : ', still open'} · ${amendment.profile}`}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Stack>
      <Stack sx={{ gap: 1 }}>
        <Typography variant="h3" component="h3">
          Changes
        </Typography>
        <HistoryList entries={detail.history.map(describeMeetingChange)} fieldLabels={meetingFieldLabels} />
      </Stack>
    </Stack>
  );
}
