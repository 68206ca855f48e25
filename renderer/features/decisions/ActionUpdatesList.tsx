import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActionStatus, MeetingDetail } from '../../../shared/contract';
import { actionStatusLabels } from '../actions/actionLabels';

const statusWords = (status: string | null) => (status && status in actionStatusLabels ? actionStatusLabels[status as ActionStatus] : status);

/** Status updates given at the meeting, as they belong in its minutes: item, from -> to, and the note. */
export function ActionUpdatesList({ updates }: { updates: MeetingDetail['actionUpdates'] }) {
  if (updates.length === 0) return <Typography color="text.secondary">No action item updates were given at this meeting.</Typography>;
  return (
    <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1 }}>
      {updates.map((update) => (
        <Stack component="li" key={`${update.actionItemId}-${update.at}`} sx={{ gap: 0.25 }}>
          <Typography>
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {update.actionItemTitle}
            </Typography>
            : {update.fromStatus ? `${statusWords(update.fromStatus)} → ` : ''}
            {statusWords(update.toStatus)}
          </Typography>
          {update.note && (
            <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
              {update.note}
            </Typography>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
