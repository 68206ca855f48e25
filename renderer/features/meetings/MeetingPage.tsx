import Edit from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import { type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import type { MeetingDetail } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { meetingsPath } from '../../components/meetings/meetingPaths';
import { useMeetingDetail } from '../../components/meetings/meetingQueries';
import { SectionCard } from '../../components/SectionCard';
import { DetailHeader } from '../directory/DetailHeader';
import { MeetingLifecycleActions } from './lifecycle/MeetingLifecycleActions';
import { MeetingBanner } from './MeetingBanner';
import { MeetingFacts } from './MeetingFacts';
import { MeetingFormDialog } from './MeetingFormDialog';
import { meetingKindLabels } from './meetingLabels';
import { isRecordLocked } from '../../components/meetings/meetingRecordLock';
import { MeetingSections } from './MeetingSections';
import { MeetingStatusChip } from './MeetingStatusChip';
import { SeriesNavigation } from './SeriesNavigation';

interface MeetingPageProps {
  /** What other features offer for this meeting's record (composed in appPages.tsx). */
  recordActions?: (detail: MeetingDetail) => ReactNode;
  /** What other features add under the meeting's details, e.g. the duties it serves. */
  moreDetails?: (detail: MeetingDetail) => ReactNode;
}

export function MeetingPage({ recordActions, moreDetails }: MeetingPageProps) {
  const { id = '' } = useParams();
  const detail = useMeetingDetail(id);
  if (detail.isPending) return <CircularProgress aria-label="Loading the meeting" />;
  if (detail.isError) return <Alert severity="error">{errorMessage(detail.error)}</Alert>;
  return <MeetingView detail={detail.data} recordActions={recordActions} moreDetails={moreDetails} />;
}

function MeetingView({ detail, recordActions, moreDetails }: MeetingPageProps & { detail: MeetingDetail }) {
  const { meeting } = detail;
  const [editing, setEditing] = useState(false);
  return (
    <Stack sx={{ gap: 3, maxWidth: 1100 }}>
      <DetailHeader
        backTo={meetingsPath}
        backLabel="All meetings"
        title={meeting.title}
        badges={
          <>
            <MeetingStatusChip status={meeting.status} />
            <Chip size="small" variant="outlined" label={meeting.workgroupName ? `Workgroup: ${meeting.workgroupName}` : meetingKindLabels[meeting.kind]} />
          </>
        }
        actions={
          <>
            <MeetingLifecycleActions detail={detail} />
            {recordActions?.(detail)}
            {!isRecordLocked(detail) && (
              <Button variant="outlined" startIcon={<Edit />} onClick={() => setEditing(true)}>
                Edit meeting
              </Button>
            )}
          </>
        }
      />
      <MeetingBanner detail={detail} />
      <SectionCard title="Details">
        <MeetingFacts meeting={meeting} />
        {meeting.seriesId && <SeriesNavigation detail={detail} />}
        {moreDetails?.(detail)}
      </SectionCard>
      <MeetingSections detail={detail} />
      {editing && <MeetingFormDialog meeting={meeting} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
