import FileDownload from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { invoke } from '../../api';
import { useExportJob } from '../../components/exportJobs/useExportJob';

/** The plan as a PDF to print or a Word document to edit, made by the export worker like every export. */
export function PlanExportButton() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { startJob, exportDialog, busy } = useExportJob();
  const choose = (format: 'pdf' | 'docx') => {
    setAnchor(null);
    startJob(() => invoke('plan.export', { format }));
  };
  return (
    <>
      <Button variant="outlined" startIcon={<FileDownload />} disabled={busy} onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu">
        Export plan
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => choose('pdf')}>PDF, to print or send</MenuItem>
        <MenuItem onClick={() => choose('docx')}>Word document (DOCX), to edit</MenuItem>
      </Menu>
      {exportDialog}
    </>
  );
}
