import EventAvailable from '@mui/icons-material/EventAvailable';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { MeetingSummary } from '../../../shared/contract';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { AddToCalendarDialog } from './AddToCalendarDialog';

/** "Add to calendar (.ics)" on a meeting's page: this meeting, or its whole series. */
export function AddToCalendarButton({ meeting }: { meeting: MeetingSummary }) {
  const [choosing, setChoosing] = useState(false);
  const { startExport, exportDialog } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<EventAvailable />} onClick={() => setChoosing(true)}>
        Add to calendar (.ics)
      </Button>
      {choosing && (
        <AddToCalendarDialog
          inSeries={meeting.seriesId !== null}
          onCancel={() => setChoosing(false)}
          onExport={(scope) => {
            setChoosing(false);
            startExport({ kind: 'meeting-calendar', meetingId: meeting.id, scope });
          }}
        />
      )}
      {exportDialog}
    </>
  );
}
