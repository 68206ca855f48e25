import ForwardToInbox from '@mui/icons-material/ForwardToInbox';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useExportJob } from '../../components/exportJobs/useExportJob';
import { MemberDigestDialog } from './MemberDigestDialog';

/** "Digests" on the Action items page: everyone's open items as one PDF or as email texts, or one person's. */
export function DigestsMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [onePerson, setOnePerson] = useState(false);
  const { startExport, exportDialog } = useExportJob();
  const choose = (action: () => void) => () => {
    setAnchor(null);
    action();
  };
  return (
    <>
      <Button startIcon={<ForwardToInbox />} aria-haspopup="menu" onClick={(event) => setAnchor(event.currentTarget)}>
        Digests
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={choose(() => startExport({ kind: 'member-digests', memberId: null, format: 'pdf' }))}>Everyone: PDF, a page per person</MenuItem>
        <MenuItem onClick={choose(() => startExport({ kind: 'member-digests', memberId: null, format: 'txt' }))}>Everyone: email texts (.txt)</MenuItem>
        <MenuItem onClick={choose(() => setOnePerson(true))}>One person…</MenuItem>
      </Menu>
      {onePerson && <MemberDigestDialog memberId={null} onClose={() => setOnePerson(false)} onExport={startExport} />}
      {exportDialog}
    </>
  );
}
