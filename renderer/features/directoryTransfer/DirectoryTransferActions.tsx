import FileDownload from '@mui/icons-material/FileDownload';
import UploadFile from '@mui/icons-material/UploadFile';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import type { ImportKind } from './importWording';

/** The "Import CSV" and "Export roster" buttons of a directory list, with their dialogs (the roster is exported as every file is). */
export function DirectoryTransferActions({ kind }: { kind: ImportKind }) {
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  const close = () => setOpen(null);
  const { startExport, exportDialog, busy } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<UploadFile />} onClick={() => setOpen('import')}>
        Import CSV
      </Button>
      <Button variant="outlined" startIcon={<FileDownload />} onClick={() => setOpen('export')} disabled={busy}>
        Export roster
      </Button>
      {open === 'import' && <ImportDialog kind={kind} onClose={close} />}
      {open === 'export' && <ExportDialog onClose={close} onExport={startExport} />}
      {exportDialog}
    </>
  );
}
