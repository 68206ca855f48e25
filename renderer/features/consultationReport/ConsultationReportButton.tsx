import Assignment from '@mui/icons-material/Assignment';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { ConsultationReportDialog } from './ConsultationReportDialog';

/** Opens the consultation report: who was consulted, when and on what, for the auditors. */
export function ConsultationReportButton() {
  const [choosing, setChoosing] = useState(false);
  const { startExport, exportDialog } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<Assignment />} onClick={() => setChoosing(true)}>
        Consultation report
      </Button>
      {choosing && (
        <ConsultationReportDialog
          onCancel={() => setChoosing(false)}
          onExport={(request) => {
            setChoosing(false);
            startExport({ kind: 'consultation-report', ...request });
          }}
        />
      )}
      {exportDialog}
    </>
  );
}
