import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ActionUpdate } from '../../../shared/contract';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { formatDateTime } from '../../format/formatDate';
import { actionStatusLabels } from './actionLabels';

function changeWords(update: ActionUpdate): string {
  const to = actionStatusLabels[update.toStatus];
  return update.fromStatus ? `${actionStatusLabels[update.fromStatus]} → ${to}` : `Added as ${to}`;
}

/** The item's dated status updates, newest first, each with its note and the meeting where it was given. */
export function ActionStatusHistory({ updates }: { updates: readonly ActionUpdate[] }) {
  if (updates.length === 0) return <Typography color="text.secondary">No status updates yet.</Typography>;
  const newestFirst = [...updates].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <List dense disablePadding aria-label="Status history">
      {newestFirst.map((update, index) => (
        <ListItem key={update.id} disableGutters divider={index < newestFirst.length - 1} sx={{ alignItems: 'flex-start' }}>
          <ListItemText
            primary={changeWords(update)}
            secondary={
              <>
                {update.note && (
                  <Typography component="span" variant="body2" color="text.primary" sx={{ display: 'block', whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {update.note}
                  </Typography>
                )}
                {formatDateTime(update.at)} · {update.profile}
                {update.meetingId && (
                  <>
                    {' · given at '}
                    <Link component={RouterLink} to={meetingPath(update.meetingId)}>
                      {update.meetingTitle ?? 'a meeting'}
                    </Link>
                  </>
                )}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
