import Archive from '@mui/icons-material/Archive';
import Unarchive from '@mui/icons-material/Unarchive';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { ConfirmArchiveDialog } from './ConfirmArchiveDialog';

interface ArchiveControlsProps {
  archived: boolean;
  /** The confirmation's heading, e.g. "Archive Lane County Child Welfare?". */
  confirmTitle: string;
  explanation: string;
  busy: boolean;
  onArchive: () => void;
  onRestore: () => void;
}

/** Archive (after a confirmation that says what it means) or, for an archived record, Restore. */
export function ArchiveControls({ archived, confirmTitle, explanation, busy, onArchive, onRestore }: ArchiveControlsProps) {
  const [confirming, setConfirming] = useState(false);
  if (archived) {
    return (
      <Button variant="outlined" startIcon={<Unarchive />} onClick={onRestore} disabled={busy}>
        Restore
      </Button>
    );
  }
  return (
    <>
      <Button variant="outlined" color="warning" startIcon={<Archive />} onClick={() => setConfirming(true)} disabled={busy}>
        Archive
      </Button>
      {confirming && (
        <ConfirmArchiveDialog
          title={confirmTitle}
          explanation={explanation}
          busy={busy}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            onArchive();
            setConfirming(false);
          }}
        />
      )}
    </>
  );
}
