import Add from '@mui/icons-material/Add';
import FolderOpen from '@mui/icons-material/FolderOpen';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { DocumentSummary } from '../../../shared/contract';
import { AddDocumentDialog } from '../../components/documents/AddDocumentDialog';
import { useDocumentChange, useDocumentTextUpdates, useDocuments } from '../../components/documents/documentQueries';
import { useDeliverDocument } from '../../components/documents/useDeliverDocument';
import { errorMessage } from '../../components/errorMessage';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useDebounced } from '../../components/useDebounced';
import { ConfirmArchiveDialog } from '../directory/ConfirmArchiveDialog';
import { DocumentLibraryRow } from './DocumentLibraryRow';

/** The coalition's documents, kept inside the workspace: protocols, agreements, pre-reads, training materials. */
export function DocumentsPage() {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 250);
  const documents = useDocuments(query);
  useDocumentTextUpdates();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DocumentSummary | null>(null);
  const { deliver, busyId } = useDeliverDocument();
  const { notify, notifyError } = useNotify();
  const remove = useDocumentChange('documents.remove', {
    onSuccess: () => {
      notify('Document removed from the workspace.', 'success');
      setRemoving(null);
    },
    onError: (error) => {
      notifyError(error);
      setRemoving(null);
    },
  });
  const list = documents.data ?? [];
  return (
    <Stack sx={{ gap: 3, maxWidth: 1100 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Documents</Typography>
        <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
          Add document
        </Button>
      </Stack>
      <TextField
        label="Search documents"
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        helperText="By name, version, or the words inside a PDF or Word document."
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <Search aria-hidden />
              </InputAdornment>
            ),
          },
          htmlInput: { maxLength: 200 },
        }}
        sx={{ maxWidth: 560 }}
      />
      {documents.isPending && <CircularProgress aria-label="Loading the documents" />}
      {documents.isError && <Alert severity="error">{errorMessage(documents.error)}</Alert>}
      {documents.isSuccess &&
        list.length === 0 &&
        (query === '' ? <NoDocumentsYet onAdd={() => setAdding(true)} /> : <Typography color="text.secondary">No document matches “{query}”.</Typography>)}
      {list.length > 0 && (
        <Stack component="ul" aria-label="Documents" sx={{ m: 0, p: 0, gap: 1.5 }}>
          {list.map((document) => (
            <DocumentLibraryRow
              key={document.id}
              document={document}
              opening={busyId === document.id}
              onOpen={() => void deliver(document)}
              onRemove={() => setRemoving(document)}
            />
          ))}
        </Stack>
      )}
      {adding && <AddDocumentDialog attachTo={null} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmArchiveDialog
          title={`Remove "${removing.name}"?`}
          explanation={
            removing.links.length > 0
              ? `It is attached to ${removing.links.length === 1 ? 'one record' : `${removing.links.length} records`}, which will no longer list it. Backups made before today still hold it.`
              : 'The file leaves the workspace. Backups made before today still hold it.'
          }
          confirmLabel="Remove"
          busy={remove.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() => remove.mutate({ id: removing.id })}
        />
      )}
    </Stack>
  );
}

function NoDocumentsYet({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack sx={{ gap: 2, alignItems: 'center' }}>
        <FolderOpen color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No documents yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 560 }}>
          Keep the coalition&apos;s protocols, agreements, pre-reads and training materials here, inside the encrypted workspace and its backups, instead of on
          a shared drive. PDF, Word, Excel, PNG and JPEG files up to 50 MB each.
        </Typography>
        <Button variant="contained" startIcon={<Add />} onClick={onAdd}>
          Add document
        </Button>
      </Stack>
    </Paper>
  );
}
