import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { errorMessage } from '../../components/errorMessage';
import { useActionItems } from '../../components/meetings/meetingQueries';
import { ActionStatusChip } from '../actions/ActionStatusChip';
import { DueDate } from '../actions/DueDate';

interface MeetingActionItemsProps {
  meetingId: string;
  /** Only the items added on this agenda item. */
  agendaItemId?: string;
  emptyText?: string;
}

/** The action items that came out of one meeting: what, who (and their organization), by when, and where it stands. */
export function MeetingActionItems({ meetingId, agendaItemId, emptyText = 'No action items were added at this meeting.' }: MeetingActionItemsProps) {
  const items = useActionItems({ sourceMeetingId: meetingId, limit: 1000 });
  if (items.isPending) return <CircularProgress size={24} aria-label="Loading the action items" />;
  if (items.isError) return <Alert severity="error">{errorMessage(items.error)}</Alert>;
  const rows = agendaItemId ? items.data.rows.filter((item) => item.sourceAgendaItemId === agendaItemId) : items.data.rows;
  if (rows.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1 }}>
      {rows.map((item) => (
        <Stack component="li" key={item.id} sx={{ gap: 0.25, borderBottom: 1, borderColor: 'divider', pb: 1 }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{item.title}</Typography>
            <ActionStatusChip status={item.status} />
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {[item.ownerName ?? 'No owner yet', item.organizationName].filter(Boolean).join(', ')} · <DueDate item={item} />
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
