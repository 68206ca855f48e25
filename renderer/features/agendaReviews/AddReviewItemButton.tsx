import Insights from '@mui/icons-material/Insights';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { AgendaReviewKind } from '../../../shared/contract';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useReviewChange } from './agendaReviewQueries';

const choices: Array<{ kind: AgendaReviewKind; label: string }> = [
  { kind: 'plan-review', label: 'Plan review: walk the objectives' },
  { kind: 'data-review', label: 'Data review: a snapshot of chosen figures' },
];

/** Beside "Add agenda item": a plan review or a data review at the end of the agenda. */
export function AddReviewItemButton({ meetingId }: { meetingId: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { notify, notifyError } = useNotify();
  const add = useReviewChange('agendaReviews.addItem', {
    onSuccess: (item) => notify(`"${item.title}" added to the agenda.`, 'success'),
    onError: notifyError,
  });
  return (
    <>
      <Button variant="outlined" startIcon={<Insights />} aria-haspopup="menu" onClick={(event) => setAnchor(event.currentTarget)} disabled={add.isPending}>
        Add review
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {choices.map((choice) => (
          <MenuItem
            key={choice.kind}
            onClick={() => {
              setAnchor(null);
              add.mutate({ meetingId, kind: choice.kind });
            }}
          >
            {choice.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
