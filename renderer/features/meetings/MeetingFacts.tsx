import Link from '@mui/material/Link';
import type { MeetingSummary } from '../../../shared/contract';
import { FieldList } from '../../components/FieldList';
import { meetingFieldLabels as labels, meetingKindLabels } from './meetingLabels';
import { formatMeetingWhen, formatMinutes } from '../../format/meetingTime';

/** When, where and who: the meeting's own fields as a term/description list. */
export function MeetingFacts({ meeting }: { meeting: MeetingSummary }) {
  return (
    <FieldList
      items={[
        {
          term: 'When',
          description: `${formatMeetingWhen(meeting.startsAt, meeting.timeZone, meeting.durationMinutes)} · ${formatMinutes(meeting.durationMinutes)}`,
        },
        { term: 'Kind', description: meetingKindLabels[meeting.kind] },
        ...(meeting.kind === 'workgroup' ? [{ term: labels.workgroupId, description: meeting.workgroupName }] : []),
        { term: labels.location, description: meeting.location },
        { term: labels.videoLink, description: meeting.videoLink && <VideoLink href={meeting.videoLink} /> },
        { term: labels.facilitatorId, description: meeting.facilitatorName },
        { term: labels.noteTakerId, description: meeting.noteTakerName },
      ]}
    />
  );
}

/** Only https links are stored; they open in the system browser. */
function VideoLink({ href }: { href: string }) {
  return (
    <Link href={href} target="_blank" rel="noreferrer noopener">
      {href}
    </Link>
  );
}
