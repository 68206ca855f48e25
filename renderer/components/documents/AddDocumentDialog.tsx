import UploadFile from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { DocumentSubject, DocumentSummary } from '../../../shared/contract';
import { documentAccept, formatDocumentSize } from '../../../shared/documentFiles';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { errorMessage } from '../errorMessage';
import { useNotify } from '../notifications/NotificationContext';
import { documentQueryScope } from './documentQueries';
import { fileProblem, sendDocument } from './sendDocument';

interface AddDocumentDialogProps {
  /** Attach the new document to this record as it is stored. */
  attachTo: DocumentSubject | null;
  onClose: () => void;
  onAdded?: (document: DocumentSummary) => void;
}

const nameFromFile = (fileName: string) => fileName.replace(/\.[^.]+$/, '');

/** Choose a file, name it, and store it inside the workspace. Mount it only while open. */
export function AddDocumentDialog({ attachTo, onClose, onAdded }: AddDocumentDialogProps) {
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState('');
  const [versionLabel, setVersionLabel] = useState('');
  const [uploadedById, setUploadedById] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const { notify } = useNotify();
  const sending = progress !== null;

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    const refused = fileProblem(chosen);
    setProblem(refused);
    setFile(refused ? null : chosen);
    if (!refused && name.trim() === '') setName(nameFromFile(chosen.name));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem('Choose a file first.');
    if (name.trim() === '') return setProblem('Give the document a name.');
    setProblem(null);
    setProgress(0);
    try {
      const added = await sendDocument(file, { name, versionLabel, uploadedById, attachTo }, setProgress);
      await queryClient.invalidateQueries({ queryKey: [documentQueryScope] });
      notify(`"${added.name}" is stored in the workspace.`, 'success');
      onAdded?.(added);
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
      setProgress(null);
    }
  };

  return (
    <Dialog open onClose={sending ? undefined : onClose} fullWidth maxWidth="sm" scroll="paper">
      <DialogTitle>Add a document</DialogTitle>
      <form noValidate onSubmit={(event) => void submit(event)} aria-label="Add a document" style={{ display: 'contents' }}>
        <DialogContent dividers>
          <Stack sx={{ gap: 2, pt: 1 }}>
            <Typography variant="body2" color="text.secondary">
              PDF, Word (.docx), Excel (.xlsx), PNG or JPEG, up to 50 MB. The file is kept inside the encrypted workspace, not beside it.
            </Typography>
            <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Button variant="outlined" startIcon={<UploadFile />} onClick={() => input.current?.click()} disabled={sending}>
                Choose file…
              </Button>
              <Typography sx={{ overflowWrap: 'anywhere', minWidth: 0 }}>
                {file ? `${file.name} (${formatDocumentSize(file.size)})` : 'No file chosen'}
              </Typography>
              <input
                ref={input}
                type="file"
                accept={documentAccept}
                hidden
                aria-label="Document file"
                data-testid="document-file-input"
                onChange={(event) => {
                  choose(event.target.files?.[0]);
                  event.target.value = '';
                }}
              />
            </Stack>
            <TextField
              label="Name"
              value={name}
              onChange={(event) => setName(event.target.value)}
              required
              disabled={sending}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
            <TextField
              label="Version"
              value={versionLabel}
              onChange={(event) => setVersionLabel(event.target.value)}
              disabled={sending}
              helperText="Optional, e.g. 2.1 or Draft for review."
              slotProps={{ htmlInput: { maxLength: 60 } }}
            />
            <DirectoryPicker
              kind="member"
              label="Uploaded by"
              anyLabel="Not recorded"
              value={uploadedById}
              onChange={setUploadedById}
              activeOnly
              size="medium"
              helperText="Optional: the member this document came from."
            />
            {sending && <LinearProgress variant="determinate" value={Math.round(progress * 100)} aria-label="Sending the file" />}
            {problem && <Alert severity="error">{problem}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={sending}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={sending}>
            Add document
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
