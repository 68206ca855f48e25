import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ActionItem, ActionStatus } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { actionStatusLabels } from '../actions/actionLabels';
import { ActionStatusChip } from '../actions/ActionStatusChip';
import { DueDate } from '../actions/DueDate';

const reviewStatuses = ['in-progress', 'blocked', 'done'] as const satisfies readonly ActionStatus[];

interface ReviewActionRowProps {
  item: ActionItem;
  meetingId: string;
  /** The status given at this meeting, if one was. */
  updatedTo: string | undefined;
  locked: boolean;
}

/** One unfinished action item: one click records its new status, with the optional note, here and in its history. */
export function ReviewActionRow({ item, meetingId, updatedTo, locked }: ReviewActionRowProps) {
  const [note, setNote] = useState('');
  const { notify, notifyError } = useNotify();
  const setStatus = useMeetingChange('actions.setStatus', {
    onSuccess: (saved) => {
      setNote('');
      notify(`"${saved.title}" is now ${actionStatusLabels[saved.status].toLowerCase()}.`, 'success');
    },
    onError: notifyError,
  });

  return (
    <Stack component="li" sx={{ gap: 1, py: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{item.title}</Typography>
        <ActionStatusChip status={item.status} />
        {updatedTo && (
          <Typography variant="body2" color="success.main" sx={{ fontWeight: 600 }}>
            Updated at this meeting
          </Typography>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {[item.ownerName ?? 'No owner yet', item.organizationName].filter(Boolean).join(', ')} · <DueDate item={item} />
        {item.sourceMeetingTitle && ` · from ${item.sourceMeetingTitle}`}
      </Typography>
      {!locked && (
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'center' } }}>
          <TextField
            size="small"
            label="Note (optional)"
            value={note}
            onChange={(event) => setNote(event.target.value)}
            slotProps={{ htmlInput: { 'aria-label': `Note (optional) on "${item.title}"` } }}
            sx={{ flex: 1 }}
          />
          <Stack role="group" aria-label={`New status of "${item.title}"`} direction="row" sx={{ gap: 1, flexShrink: 0 }}>
            {reviewStatuses.map((status) => (
              <Button
                key={status}
                size="small"
                variant={status === 'done' ? 'contained' : 'outlined'}
                disabled={setStatus.isPending || item.status === status}
                onClick={() => setStatus.mutate({ id: item.id, status, note: note.trim(), meetingId })}
              >
                {actionStatusLabels[status]}
              </Button>
            ))}
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
