import Delete from '@mui/icons-material/Delete';
import Description from '@mui/icons-material/Description';
import OpenInNew from '@mui/icons-material/OpenInNew';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { DocumentSummary } from '../../../shared/contract';
import { documentKindLabels, formatDocumentSize } from '../../../shared/documentFiles';
import { documentTextNote } from '../../../shared/documentText';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { formatDate } from '../../format/formatDate';
import { HighlightedSnippet } from '../../components/search/HighlightedSnippet';
import { linkWords } from './documentLinkWords';

interface DocumentLibraryRowProps {
  document: DocumentSummary;
  opening: boolean;
  onOpen: () => void;
  onRemove: () => void;
}

/** One document of the library: name and version, kind, size, who added it and when, and what it is attached to. */
export function DocumentLibraryRow({ document, opening, onOpen, onRemove }: DocumentLibraryRowProps) {
  const textNote = documentTextNote(document.textState);
  return (
    <Paper component="li" variant="outlined" aria-label={document.name} sx={{ listStyle: 'none', p: 2 }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5, alignItems: { sm: 'flex-start' } }}>
        <Description color="action" aria-hidden sx={{ display: { xs: 'none', sm: 'block' }, mt: 0.25 }} />
        <Stack sx={{ flex: 1, minWidth: 0, gap: 0.5 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {document.name}
            {document.versionLabel && (
              <Typography component="span" color="text.secondary">
                {` · version ${document.versionLabel}`}
              </Typography>
            )}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {documentKindLabels[document.kind]}, {formatDocumentSize(document.sizeBytes)} · added {formatDate(document.uploadedAt)}
            {document.uploadedBy && ` by ${document.uploadedBy.name}`}
          </Typography>
          {textNote && (
            <Typography variant="body2" color="text.secondary">
              {textNote}
            </Typography>
          )}
          {document.snippet && (
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              <HighlightedSnippet snippet={document.snippet} />
            </Typography>
          )}
          <Stack direction="row" sx={{ gap: 0.75, flexWrap: 'wrap', alignItems: 'center' }}>
            {document.links.length === 0 ? (
              <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
                Not attached to anything
              </Typography>
            ) : (
              document.links.map((link) => (
                <Chip
                  key={`${link.subjectKind}:${link.subjectId}`}
                  size="small"
                  variant="outlined"
                  label={linkWords(link)}
                  sx={{ maxWidth: '100%' }}
                  {...(link.meetingId ? { component: RouterLink, to: meetingPath(link.meetingId), clickable: true } : {})}
                />
              ))
            )}
          </Stack>
        </Stack>
        <Stack direction="row" sx={{ gap: 0.5, flexShrink: 0, alignItems: 'center' }}>
          <Button size="small" variant="outlined" startIcon={<OpenInNew />} disabled={opening} onClick={onOpen} aria-label={`Open "${document.name}"`}>
            Open
          </Button>
          <Tooltip title="Remove from the workspace">
            <IconButton size="small" aria-label={`Remove "${document.name}"`} onClick={onRemove}>
              <Delete fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      </Stack>
    </Paper>
  );
}
