import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { DocumentSubject, DocumentSummary } from '../../../shared/contract';
import { documentKindLabels } from '../../../shared/documentFiles';
import { invoke } from '../../api';
import { useDebounced } from '../useDebounced';
import { documentKeys, useDocumentChange } from './documentQueries';
import { useNotify } from '../notifications/NotificationContext';

/** Attach a document already in the library, found by typing part of its name. Mount it only while open. */
export function AttachFromLibraryDialog({ subject, onClose }: { subject: DocumentSubject; onClose: () => void }) {
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 250);
  const found = useQuery({
    queryKey: documentKeys.list(query, null),
    queryFn: () => invoke('documents.list', { query, subject: null }),
    placeholderData: keepPreviousData,
  });
  const [chosen, setChosen] = useState<DocumentSummary | null>(null);
  const { notify, notifyError } = useNotify();
  const attach = useDocumentChange('documents.attach', {
    onSuccess: (document) => {
      notify(`"${document.name}" attached.`, 'success');
      onClose();
    },
    onError: notifyError,
  });
  return (
    <Dialog open onClose={attach.isPending ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>Attach from the library</DialogTitle>
      <DialogContent dividers>
        <Autocomplete
          options={found.data ?? []}
          value={chosen}
          filterOptions={(shown) => shown}
          getOptionLabel={(document) => document.name}
          getOptionKey={(document) => document.id}
          isOptionEqualToValue={(option, value) => option.id === value.id}
          loading={found.isFetching}
          noOptionsText={found.isFetching ? 'Looking…' : 'No document by that name'}
          onInputChange={(_event, text, reason) => reason === 'input' && setTyped(text)}
          onChange={(_event, document) => setChosen(document)}
          renderOption={({ key, ...props }, document) => (
            <li key={key} {...props}>
              {document.name}
              {document.versionLabel && ` (${document.versionLabel})`} · {documentKindLabels[document.kind]}
            </li>
          )}
          renderInput={(params) => <TextField {...params} label="Document" autoFocus helperText="Type part of its name." />}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={attach.isPending}>
          Cancel
        </Button>
        <Button variant="contained" disabled={!chosen || attach.isPending} onClick={() => chosen && attach.mutate({ documentId: chosen.id, ...subject })}>
          Attach
        </Button>
      </DialogActions>
    </Dialog>
  );
}
