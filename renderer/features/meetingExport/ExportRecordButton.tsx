import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { MeetingDetail } from '../../../shared/contract';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { MeetingRecordExportDialog } from './MeetingRecordExportDialog';

/** "Export record…" on the meeting page: options, then the export's progress and the file. */
export function ExportRecordButton({ detail }: { detail: MeetingDetail }) {
  const [choosing, setChoosing] = useState(false);
  const { startExport, exportDialog, busy } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownloadOutlined />} onClick={() => setChoosing(true)} disabled={busy}>
        Export record…
      </Button>
      {choosing && <MeetingRecordExportDialog detail={detail} onClose={() => setChoosing(false)} onExport={startExport} />}
      {exportDialog}
    </>
  );
}
