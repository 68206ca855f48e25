import Summarize from '@mui/icons-material/Summarize';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { invoke } from '../../api';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { AnnualReportDialog } from './AnnualReportDialog';

/** Opens the annual report: choose the period, write the narrative, make the PDF or DOCX. */
export function AnnualReportButton() {
  const [choosing, setChoosing] = useState(false);
  const { startJob, exportDialog, busy } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<Summarize />} disabled={busy} onClick={() => setChoosing(true)}>
        Annual report
      </Button>
      {choosing && (
        <AnnualReportDialog
          onCancel={() => setChoosing(false)}
          onExport={(request) => {
            setChoosing(false);
            startJob(() => invoke('annualReport.export', request));
          }}
        />
      )}
      {exportDialog}
    </>
  );
}
