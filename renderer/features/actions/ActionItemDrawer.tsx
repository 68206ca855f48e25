import Close from '@mui/icons-material/Close';
import Edit from '@mui/icons-material/Edit';
import Update from '@mui/icons-material/Update';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ActionItem, ActionUpdate } from '../../../shared/contract';
import { sectorLabel } from '../../../shared/stakeholderSectors';
import { FieldList } from '../../components/FieldList';
import { errorMessage } from '../../components/errorMessage';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useActionItem, useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { ServedObjectives } from '../../components/plan/ServedObjectives';
import { formatDate, formatDateTime } from '../../format/formatDate';
import { ActionItemFormDialog } from './ActionItemFormDialog';
import { actionPriorityLabels, actionStatusLabels } from './actionLabels';
import { ActionStatusChip } from './ActionStatusChip';
import { ActionStatusHistory } from './ActionStatusHistory';
import { DueDate, formatDueDate } from './DueDate';
import { StatusChangeDialog } from './StatusChangeDialog';

interface ActionItemDrawerProps {
  itemId: string | null;
  onClose: () => void;
  /** What other features add under what the item serves (composed in appPages.tsx). */
  moreDetails?: ((item: ActionItem) => ReactNode) | undefined;
}

/** One action item beside the list: its fields, its status history, and Update status / Edit. */
export function ActionItemDrawer({ itemId, onClose, moreDetails }: ActionItemDrawerProps) {
  const headingId = useId();
  return (
    <Drawer
      anchor="right"
      open={itemId !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { width: { xs: '100%', sm: 520 }, p: 3 }, role: 'dialog', 'aria-labelledby': headingId } }}
    >
      {itemId && <ActionItemPanel id={itemId} headingId={headingId} onClose={onClose} moreDetails={moreDetails} />}
    </Drawer>
  );
}

function ActionItemPanel({ id, headingId, onClose, moreDetails }: { id: string; headingId: string } & Omit<ActionItemDrawerProps, 'itemId'>) {
  const detail = useActionItem(id);
  return (
    <Stack sx={{ gap: 3 }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography id={headingId} variant="h2" sx={{ overflowWrap: 'anywhere' }}>
          {detail.data?.item.title ?? 'Action item'}
        </Typography>
        <IconButton aria-label="Close" onClick={onClose} edge="end">
          <Close />
        </IconButton>
      </Stack>
      {detail.isPending && <CircularProgress aria-label="Loading the action item" />}
      {detail.isError && <Alert severity="error">{errorMessage(detail.error)}</Alert>}
      {detail.data && <ActionItemDetails item={detail.data.item} updates={detail.data.updates} moreDetails={moreDetails} />}
    </Stack>
  );
}

function ActionItemDetails({
  item,
  updates,
  moreDetails,
}: {
  item: ActionItem;
  updates: readonly ActionUpdate[];
  moreDetails: ActionItemDrawerProps['moreDetails'];
}) {
  const [editing, setEditing] = useState(false);
  const [changingStatus, setChangingStatus] = useState(false);
  const { notify } = useNotify();
  const setStatus = useMeetingChange('actions.setStatus');

  return (
    <>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <ActionStatusChip status={item.status} />
        <DueDate item={item} />
      </Stack>
      <ServedObjectives kind="action-item" id={item.id} />
      {moreDetails?.(item)}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button variant="contained" startIcon={<Update />} onClick={() => setChangingStatus(true)}>
          Update status
        </Button>
        <Button variant="outlined" startIcon={<Edit />} onClick={() => setEditing(true)}>
          Edit
        </Button>
      </Stack>
      <FieldList
        items={[
          { term: 'Owner', description: item.ownerName ?? 'No owner' },
          { term: 'Organization', description: item.organizationName ?? '' },
          { term: 'Sector', description: item.sector ? sectorLabel(item.sector) : '' },
          { term: 'Priority', description: actionPriorityLabels[item.priority] },
          ...(item.completedOn ? [{ term: 'Completed on', description: formatDueDate(item.completedOn) }] : []),
          { term: 'From meeting', description: item.sourceMeetingId ? <SourceMeeting item={item} /> : '' },
          { term: 'Details', description: item.details },
          { term: 'Added', description: formatDateTime(item.createdAt) },
        ]}
      />
      <Stack component="section" aria-labelledby={`${item.id}-history`} sx={{ gap: 1 }}>
        <Typography id={`${item.id}-history`} variant="h3" component="h3">
          Status history
        </Typography>
        <ActionStatusHistory updates={updates} />
      </Stack>
      <ActionItemFormDialog open={editing} item={item} onClose={() => setEditing(false)} />
      {changingStatus && (
        <StatusChangeDialog
          title="Update status"
          explanation={`It is ${actionStatusLabels[item.status].toLowerCase()} now. The update and its note go into the item's history.`}
          initialStatus={item.status}
          onClose={() => setChangingStatus(false)}
          onSubmit={async (change) => {
            await setStatus.mutateAsync({ id: item.id, ...change });
            notify('Status updated.', 'success');
          }}
        />
      )}
    </>
  );
}

function SourceMeeting({ item }: { item: ActionItem }) {
  if (!item.sourceMeetingId) return null;
  return (
    <>
      <Link component={RouterLink} to={meetingPath(item.sourceMeetingId)}>
        {item.sourceMeetingTitle ?? 'The meeting'}
      </Link>
      {item.sourceMeetingStartsAt && ` (${formatDate(item.sourceMeetingStartsAt)})`}
      {item.sourceAgendaItemTitle && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block' }}>
          Agenda item: {item.sourceAgendaItemTitle}
        </Typography>
      )}
    </>
  );
}
