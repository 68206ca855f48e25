import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { MeetingDetail } from '../../../shared/contract';
import { formatDate } from '../../format/formatDate';

/** Where the record stands, when that matters: approved (locked), being amended, or cancelled. */
export function MeetingBanner({ detail }: { detail: MeetingDetail }) {
  const { meeting } = detail;
  const openAmendment = detail.amendments.find((amendment) => amendment.closedAt === null);
  if (detail.amending && openAmendment) {
    return (
      <Alert severity="warning">
        <AlertTitle sx={{ overflowWrap: 'anywhere' }}>Amending: {openAmendment.reason}</AlertTitle>
        Opened on {formatDate(openAmendment.openedAt)}. Changes made now are recorded with this reason until you choose &quot;Finish amendment&quot;.
      </Alert>
    );
  }
  if (meeting.status === 'approved') {
    return <Alert severity="success">Approved on {meeting.approvedOn ? formatDate(meeting.approvedOn) : 'an unknown date'}. The minutes are locked.</Alert>;
  }
  if (meeting.status === 'cancelled') {
    return <Alert severity="info">Cancelled{meeting.cancelledReason ? `: ${meeting.cancelledReason}` : '.'}</Alert>;
  }
  if (meeting.status === 'minutes-draft') {
    return <Alert severity="info">The minutes are a draft. Check them, then approve them, usually at the next meeting.</Alert>;
  }
  return null;
}
