import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Delete from '@mui/icons-material/Delete';
import DragIndicator from '@mui/icons-material/DragIndicator';
import Edit from '@mui/icons-material/Edit';
import History from '@mui/icons-material/History';
import Lock from '@mui/icons-material/Lock';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AgendaItem } from '../../../../shared/contract';
import { DocumentAttachments } from '../../../components/documents/DocumentAttachments';
import { agendaItemTypeLabels } from '../meetingLabels';
import { formatMeetingDate } from '../../../format/meetingTime';

/** The chip of an item that is not a plain one. */
const roleChipLabels: Record<AgendaItem['role'], string> = {
  regular: '',
  'approve-minutes': 'Standard item',
  'review-actions': 'Standard item',
  'plan-review': 'Plan review',
  'data-review': 'Data review',
};

interface AgendaItemRowProps {
  item: AgendaItem;
  number: number;
  timeZone: string;
  /** Without it the row is read-only: no handle, no buttons. */
  editing?: {
    isFirst: boolean;
    isLast: boolean;
    onMove: (step: -1 | 1) => void;
    onEdit: () => void;
    onRemove: () => void;
  };
}

const typeColors = { information: 'info', discussion: 'secondary', decision: 'primary' } as const;

/** One agenda item: number, title, type, presenter, timebox and description, with what makes it special in words. */
export function AgendaItemRow({ item, number, timeZone, editing }: AgendaItemRowProps) {
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({ id: item.id, disabled: !editing });
  return (
    <Box
      component="li"
      ref={setNodeRef}
      aria-label={`${number}. ${item.title}`}
      sx={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: { xs: 'wrap', sm: 'nowrap' },
        columnGap: 1,
        p: 1.5,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: isDragging ? 'action.selected' : 'background.paper',
        position: 'relative',
        zIndex: isDragging ? 1 : undefined,
        transform: CSS.Transform.toString(transform),
        transition: transition,
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', flexShrink: 0, alignSelf: 'flex-start', minWidth: 28, gap: 0.5 }}>
        {editing && (
          <IconButton
            size="small"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`Drag to reorder "${item.title}"`}
            sx={{ cursor: 'grab', touchAction: 'none' }}
          >
            <DragIndicator />
          </IconButton>
        )}
        <Typography sx={{ fontWeight: 600, minWidth: '2.2em', textAlign: 'right' }} aria-hidden>
          {number}.
        </Typography>
      </Stack>
      <Stack sx={{ gap: 0.75, flex: 1, minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{item.title}</Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Chip size="small" label={agendaItemTypeLabels[item.type]} color={typeColors[item.type]} variant="outlined" />
          <Typography variant="body2" color="text.secondary">
            {item.timeboxMinutes} min
            {item.presenterName && ` · ${item.presenterName}`}
          </Typography>
          {item.role !== 'regular' && <Chip size="small" label={roleChipLabels[item.role]} variant="outlined" />}
          {item.status === 'done' && <Chip size="small" icon={<CheckCircle />} label="Done" color="success" variant="outlined" />}
          {item.notesConfidential && <Chip size="small" icon={<Lock />} label="Confidential" color="warning" variant="outlined" />}
        </Stack>
        {item.carriedOverFrom && (
          <Stack direction="row" sx={{ gap: 0.5, alignItems: 'flex-start', color: 'text.secondary' }}>
            <History fontSize="small" aria-hidden />
            <Typography variant="body2">
              Carried over from {item.carriedOverFrom.title}, {formatMeetingDate(item.carriedOverFrom.startsAt, timeZone)}
            </Typography>
          </Stack>
        )}
        {item.description && (
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {item.description}
          </Typography>
        )}
        <DocumentAttachments subjectKind="agenda_item" subjectId={item.id} title="Pre-reads" label={`Pre-reads for ${item.title}`} readOnly={!editing} />
      </Stack>
      {editing && (
        <Stack direction="row" sx={{ flexShrink: 0, alignItems: 'flex-start', justifyContent: 'flex-end', width: { xs: '100%', sm: 'auto' } }}>
          <IconButton size="small" aria-label={`Move "${item.title}" up`} disabled={editing.isFirst} onClick={() => editing.onMove(-1)}>
            <ArrowUpward fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label={`Move "${item.title}" down`} disabled={editing.isLast} onClick={() => editing.onMove(1)}>
            <ArrowDownward fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label={`Edit "${item.title}"`} onClick={editing.onEdit}>
            <Edit fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label={`Remove "${item.title}"`} onClick={editing.onRemove}>
            <Delete fontSize="small" />
          </IconButton>
        </Stack>
      )}
    </Box>
  );
}
