import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Pagination from '@mui/material/Pagination';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { unfinishedActionStatuses, type MeetingDetail } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useActionItems } from '../../components/meetings/meetingQueries';
import { actionItemsText } from '../actions/actionLabels';
import { ActionUpdatesList } from '../decisions/ActionUpdatesList';
import { isRecordLocked } from '../../components/meetings/meetingRecordLock';
import { ReviewActionRow } from './ReviewActionRow';

const PAGE_SIZE = 20;

/** "Review open action items": every unfinished item, oldest due first, each with one-click status updates. */
export function ReviewOpenActions({ detail }: { detail: MeetingDetail }) {
  const [page, setPage] = useState(1);
  const items = useActionItems({ statuses: [...unfinishedActionStatuses], offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  const updatedHere = new Map(detail.actionUpdates.map((update) => [update.actionItemId, update.toStatus]));
  const locked = isRecordLocked(detail);

  if (items.isPending) return <CircularProgress size={24} aria-label="Loading the open action items" />;
  if (items.isError) return <Alert severity="error">{errorMessage(items.error)}</Alert>;
  const { rows, total } = items.data;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Items marked done leave the list, so the last page can disappear under the facilitator.
  if (page > pages) setPage(pages);

  return (
    <Stack component="section" aria-label="Open action items" sx={{ gap: 1 }}>
      <Typography color="text.secondary">
        {total === 0
          ? 'Nothing is open: every action item is done or cancelled.'
          : `${actionItemsText(total)} still open, in progress or blocked. Each update is recorded in the item's history and in these minutes.`}
      </Typography>
      <Stack component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {rows.map((item) => (
          <ReviewActionRow key={item.id} item={item} meetingId={detail.meeting.id} updatedTo={updatedHere.get(item.id)} locked={locked} />
        ))}
      </Stack>
      {pages > 1 && <Pagination count={pages} page={page} onChange={(_event, next) => setPage(next)} aria-label="Pages of open action items" />}
      {detail.actionUpdates.length > 0 && (
        <Stack component="section" aria-label="Updates given at this meeting" sx={{ gap: 1, mt: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            Updates given at this meeting
          </Typography>
          <ActionUpdatesList updates={detail.actionUpdates} />
        </Stack>
      )}
    </Stack>
  );
}
