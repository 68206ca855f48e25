import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import { RecoveryCodeCard } from '../../components/recoveryCode/RecoveryCodeCard';

interface RecoveryCodeShownDialogProps {
  code: string;
  coalitionName: string;
  note: string;
  onDone: () => void;
}

/** Shows a new recovery code until the person confirms it is saved. No backdrop or Escape close: it must not vanish first. */
export function RecoveryCodeShownDialog({ code, coalitionName, note, onDone }: RecoveryCodeShownDialogProps) {
  return (
    <Dialog open aria-labelledby="new-recovery-code-heading" fullWidth maxWidth="sm">
      <DialogContent>
        <RecoveryCodeCard
          code={code}
          coalitionName={coalitionName}
          onContinue={onDone}
          headingComponent="h2"
          headingId="new-recovery-code-heading"
          note={note}
        />
      </DialogContent>
    </Dialog>
  );
}
