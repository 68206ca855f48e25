import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { actionItemsViewPath, unfinishedItems } from '../actions/actionItemFilters';
import { dueNoticeText } from './dueNoticeText';
import { useDueNotice } from './useDueNotice';

/** Once a day after unlocking: how many action items are overdue or due soon, with a link to them. */
export function DueNoticeBanner() {
  const notice = useDueNotice();
  const [dismissed, setDismissed] = useState(false);
  const shown = notice.data;
  if (dismissed || !shown?.announce || shown.overdue + shown.dueSoon === 0) return null;
  const target = actionItemsViewPath(shown.overdue > 0 ? { ...unfinishedItems, overdue: true } : unfinishedItems);
  return (
    <Alert
      severity={shown.overdue > 0 ? 'warning' : 'info'}
      action={
        <>
          <Button component={RouterLink} to={target} color="inherit" size="small" onClick={() => setDismissed(true)}>
            Show them
          </Button>
          <IconButton aria-label="Dismiss" color="inherit" size="small" onClick={() => setDismissed(true)}>
            <Close fontSize="small" />
          </IconButton>
        </>
      }
      sx={{ borderRadius: 0, alignItems: 'center' }}
    >
      {dueNoticeText(shown)}
    </Alert>
  );
}
