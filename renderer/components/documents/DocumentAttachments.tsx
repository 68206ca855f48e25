import AttachFile from '@mui/icons-material/AttachFile';
import Description from '@mui/icons-material/Description';
import OpenInNew from '@mui/icons-material/OpenInNew';
import UploadFile from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { DocumentSubjectKind } from '../../../shared/contract';
import { documentKindLabels, formatDocumentSize } from '../../../shared/documentFiles';
import { UnlinkButton } from '../UnlinkButton';
import { errorMessage } from '../errorMessage';
import { useNotify } from '../notifications/NotificationContext';
import { AddDocumentDialog } from './AddDocumentDialog';
import { AttachFromLibraryDialog } from './AttachFromLibraryDialog';
import { useDocumentChange, useDocuments } from './documentQueries';
import { useDeliverDocument } from './useDeliverDocument';

export interface DocumentAttachmentsProps {
  subjectKind: DocumentSubjectKind;
  subjectId: string;
  /** The heading above the list, e.g. "Pre-reads" or "Materials". */
  title?: string;
  /** The section's name for screen readers when several sit on one page, e.g. "Pre-reads for Runaway protocol". */
  label?: string;
  /** Only list and open: no adding or detaching (e.g. approved minutes). */
  readOnly?: boolean;
}

/**
 * The documents attached to one record (a protocol version, an agenda item, an objective, a training): each can be
 * opened (desktop: the system's viewer; browser mode: a download) or detached (it stays in the library); new files
 * are added, or one from the library attached. Every area uses this one component.
 */
export function DocumentAttachments({ subjectKind, subjectId, title = 'Documents', label, readOnly = false }: DocumentAttachmentsProps) {
  const subject = { subjectKind, subjectId };
  const documents = useDocuments('', subject);
  const [adding, setAdding] = useState<'upload' | 'library' | null>(null);
  const { deliver, busyId } = useDeliverDocument();
  const { notify, notifyError } = useNotify();
  const detach = useDocumentChange('documents.detach', {
    onSuccess: () => notify('Document detached. It is still in the library.', 'success'),
    onError: notifyError,
  });
  const list = documents.data ?? [];
  if (readOnly && list.length === 0) return null;
  return (
    <Stack component="section" aria-label={label ?? title} sx={{ gap: 0.5 }}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      {documents.isError && <Alert severity="error">{errorMessage(documents.error)}</Alert>}
      {documents.isSuccess && list.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          None attached.
        </Typography>
      )}
      <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {list.map((document) => (
          <Stack key={document.id} component="li" direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 0 }}>
            <Description fontSize="small" color="action" aria-hidden />
            <Typography variant="body2" sx={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
              {document.name}
              {document.versionLabel && ` (${document.versionLabel})`}
              <Typography component="span" variant="body2" color="text.secondary">
                {` · ${documentKindLabels[document.kind]}, ${formatDocumentSize(document.sizeBytes)}`}
              </Typography>
            </Typography>
            <Tooltip title="Open">
              <span>
                <IconButton size="small" aria-label={`Open "${document.name}"`} disabled={busyId === document.id} onClick={() => void deliver(document)}>
                  <OpenInNew fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
            {!readOnly && (
              <UnlinkButton
                tooltip="Detach (it stays in the library)"
                label={`Detach "${document.name}"`}
                disabled={detach.isPending}
                onClick={() => detach.mutate({ documentId: document.id, ...subject })}
              />
            )}
          </Stack>
        ))}
      </Stack>
      {!readOnly && (
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button size="small" startIcon={<UploadFile />} onClick={() => setAdding('upload')}>
            Add file
          </Button>
          <Button size="small" startIcon={<AttachFile />} onClick={() => setAdding('library')}>
            Attach from library
          </Button>
        </Stack>
      )}
      {adding === 'upload' && <AddDocumentDialog attachTo={subject} onClose={() => setAdding(null)} />}
      {adding === 'library' && <AttachFromLibraryDialog subject={subject} onClose={() => setAdding(null)} />}
    </Stack>
  );
}
