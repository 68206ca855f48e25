import ForwardToInbox from '@mui/icons-material/ForwardToInbox';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { MemberDigestDialog } from './MemberDigestDialog';

/** "Action item digest" on a member's page. */
export function MemberDigestButton({ memberId }: { memberId: string }) {
  const [open, setOpen] = useState(false);
  const { startExport, exportDialog } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<ForwardToInbox />} onClick={() => setOpen(true)}>
        Action item digest
      </Button>
      {open && <MemberDigestDialog memberId={memberId} onClose={() => setOpen(false)} onExport={startExport} />}
      {exportDialog}
    </>
  );
}
