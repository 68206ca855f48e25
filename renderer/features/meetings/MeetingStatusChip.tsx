import Chip from '@mui/material/Chip';
import type { MeetingStatus } from '../../../shared/contract';
import { meetingStatusColors, meetingStatusLabels } from './meetingLabels';

/** The status in words and colour; a cancelled meeting is outlined so it reads as inactive. */
export function MeetingStatusChip({ status }: { status: MeetingStatus }) {
  return <Chip size="small" label={meetingStatusLabels[status]} color={meetingStatusColors[status]} variant={status === 'cancelled' ? 'outlined' : 'filled'} />;
}
