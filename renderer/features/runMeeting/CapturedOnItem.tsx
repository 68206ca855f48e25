import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AgendaItem, MeetingDetail } from '../../../shared/contract';
import { DecisionList } from '../decisions/DecisionList';
import { MeetingActionItems } from '../decisions/MeetingActionItems';

/** What has been captured on the current item so far, so the facilitator sees it landed. */
export function CapturedOnItem({ detail, item }: { detail: MeetingDetail; item: AgendaItem }) {
  const decisions = detail.decisions.filter((decision) => decision.agendaItemId === item.id);
  return (
    <Stack component="section" aria-label="Captured on this item" sx={{ gap: 1 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        Captured on this item
      </Typography>
      {decisions.length > 0 && <DecisionList decisions={decisions} />}
      <MeetingActionItems
        meetingId={detail.meeting.id}
        agendaItemId={item.id}
        emptyText={decisions.length > 0 ? 'No action items yet.' : 'No decisions or action items yet.'}
      />
    </Stack>
  );
}
