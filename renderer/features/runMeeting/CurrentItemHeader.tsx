import History from '@mui/icons-material/History';
import TaskAlt from '@mui/icons-material/TaskAlt';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AgendaItem } from '../../../shared/contract';
import { formatDate } from '../../format/formatDate';
import { agendaItemTypeLabels } from '../meetings/meetingLabels';

/** The item under discussion, large: its number, title, type, presenter, timebox and description. */
export function CurrentItemHeader({ item, count }: { item: AgendaItem; count: number }) {
  const facts = [item.presenterName && `Presented by ${item.presenterName}`, item.timeboxMinutes > 0 && `${item.timeboxMinutes} min`]
    .filter(Boolean)
    .join(' · ');
  return (
    <Stack sx={{ gap: 1 }}>
      <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
        Item {item.position} of {count}
      </Typography>
      <Typography variant="h1" component="h2" sx={{ fontSize: { xs: '1.6rem', md: '2.2rem' }, overflowWrap: 'anywhere' }}>
        {item.position}. {item.title}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip size="small" variant="outlined" label={agendaItemTypeLabels[item.type]} />
        {item.carriedOverFrom && (
          <Chip
            size="small"
            color="info"
            icon={<History />}
            label={`Carried over from ${item.carriedOverFrom.title} (${formatDate(item.carriedOverFrom.startsAt)})`}
          />
        )}
        {item.status === 'done' && <Chip size="small" color="success" icon={<TaskAlt />} label="Done" />}
        {facts && (
          <Typography variant="body2" color="text.secondary">
            {facts}
          </Typography>
        )}
      </Stack>
      {item.description && <Typography sx={{ whiteSpace: 'pre-line', maxWidth: '75ch' }}>{item.description}</Typography>}
    </Stack>
  );
}
