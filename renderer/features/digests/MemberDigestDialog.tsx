import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportRequest } from '../../../shared/contract';
import { invoke } from '../../api';
import { errorMessage } from '../../components/errorMessage';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { MemberPicker } from '../directory/MemberPicker';
import { EmailDraftPreview } from './EmailDraftPreview';

const formats = { email: 'Email draft, ready to send', pdf: 'PDF, one page' } as const;
type DigestFormat = keyof typeof formats;

interface MemberDigestDialogProps {
  /** The person, or null to choose one here. */
  memberId: string | null;
  onClose: () => void;
  /** Starts a file export; the caller owns the export's progress dialog, which outlives this one. */
  onExport: (request: ExportRequest) => void;
}

/** One person's open action items as an email draft (a mail link, or a text file when too long) or a one-page PDF. */
export function MemberDigestDialog({ memberId: fixedMemberId, onClose, onExport }: MemberDigestDialogProps) {
  const [memberId, setMemberId] = useState<string | null>(fixedMemberId);
  const [format, setFormat] = useState<DigestFormat>('email');
  const draft = useMutation({ mutationFn: (id: string) => invoke('digests.emailDraft', { memberId: id }) });
  const [tried, setTried] = useState(false);

  const next = () => {
    setTried(true);
    if (!memberId) return;
    if (format === 'email') draft.mutate(memberId);
    else {
      onExport({ kind: 'member-digests', memberId, format: 'pdf' });
      onClose();
    }
  };

  if (draft.data && memberId) {
    const saveText = () => {
      onExport({ kind: 'member-digests', memberId, format: 'txt' });
      onClose();
    };
    return <EmailDraftPreview draft={draft.data} onSaveText={saveText} onClose={onClose} />;
  }

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Action item digest</DialogTitle>
      <DialogContent dividers>
        <Stack sx={{ gap: 2.5 }}>
          <Typography variant="body2">A person's open action items: overdue first, then due soon, later and without a date.</Typography>
          {fixedMemberId === null && (
            <MemberPicker label="Person" value={memberId} onChange={setMemberId} error={tried && !memberId ? 'Choose the person.' : undefined} />
          )}
          <ChoiceGroup label="Format" value={format} onChange={setFormat} options={formats} disabled={draft.isPending} />
          {draft.error && <Alert severity="error">{errorMessage(draft.error)}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={next} disabled={draft.isPending}>
          {format === 'email' ? 'Prepare email' : 'Make PDF'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
