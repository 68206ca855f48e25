import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { useMeetings } from '../../components/meetings/meetingQueries';
import { MeetingsBundleExportDialog } from './MeetingsBundleExportDialog';

/** "Export several meetings…" on the Meetings page: a series or a date range as one PDF. */
export function ExportMeetingsButton() {
  const [choosing, setChoosing] = useState(false);
  const meetings = useMeetings();
  const { startExport, exportDialog, busy } = useExportJob();
  return (
    <>
      <Button startIcon={<FileDownloadOutlined />} onClick={() => setChoosing(true)} disabled={busy || !meetings.data || meetings.data.length === 0}>
        Export several meetings…
      </Button>
      {choosing && meetings.data && <MeetingsBundleExportDialog meetings={meetings.data} onClose={() => setChoosing(false)} onExport={startExport} />}
      {exportDialog}
    </>
  );
}
