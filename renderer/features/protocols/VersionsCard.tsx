import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { ProtocolDetail, ProtocolVersion } from '../../../shared/contract';
import { DocumentAttachments } from '../../components/documents/DocumentAttachments';
import { meetingPath } from '../../components/meetings/meetingPaths';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useProtocolChange } from '../../components/protocols/protocolQueries';
import { SectionCard } from '../../components/SectionCard';
import { formatDate, formatWeekdayDate } from '../../format/formatDate';
import { AdoptionDialog } from './AdoptionDialog';
import { NewVersionDialog } from './NewVersionDialog';
import { ProtocolStateChip } from './ProtocolStateChip';

/** Every version, newest first, with what changed, how it was adopted, how many parties signed, and its next step. */
export function VersionsCard({ protocol }: { protocol: ProtocolDetail }) {
  const [adding, setAdding] = useState(false);
  const open = protocol.versions.find((version) => version.state === 'draft' || version.state === 'in-review');
  return (
    <SectionCard title="Versions">
      <Stack component="ol" sx={{ m: 0, p: 0, listStyle: 'none', gap: 2 }} aria-label="Versions">
        {protocol.versions.map((version) => (
          <VersionItem key={version.id} version={version} />
        ))}
      </Stack>
      <Box>
        <Button startIcon={<Add />} variant="outlined" disabled={open !== undefined} onClick={() => setAdding(true)}>
          New version
        </Button>
        {open && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            Version {open.label} is {open.state === 'draft' ? 'a draft' : 'in review'}; adopt it before starting another.
          </Typography>
        )}
      </Box>
      {adding && <NewVersionDialog protocol={protocol} onClose={() => setAdding(false)} />}
    </SectionCard>
  );
}

function VersionItem({ version }: { version: ProtocolVersion }) {
  const [adopting, setAdopting] = useState(false);
  const { notifyError } = useNotify();
  const move = useProtocolChange('protocols.moveVersion', { onError: notifyError });
  const signed = version.signOffs.filter((signOff) => signOff.status === 'signed').length;
  return (
    <Box component="li" sx={{ borderTop: 1, borderColor: 'divider', pt: 2 }} aria-label={`Version ${version.label}`}>
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h4" component="h3" sx={{ overflowWrap: 'anywhere' }}>
          Version {version.label}
        </Typography>
        <ProtocolStateChip state={version.state} />
      </Stack>
      <Stack sx={{ gap: 0.5, mt: 1 }}>
        {version.adoptedOn && (
          <Typography variant="body2">
            Adopted {formatDate(version.adoptedOn)}
            {version.effectiveOn && version.effectiveOn !== version.adoptedOn ? `, in effect from ${formatDate(version.effectiveOn)}` : ''}
          </Typography>
        )}
        {version.meeting && (
          <Typography variant="body2">
            At{' '}
            <Link component={RouterLink} to={meetingPath(version.meeting.id)}>
              {version.meeting.title}
            </Link>{' '}
            on {formatWeekdayDate(version.meeting.startsAt)}
          </Typography>
        )}
        {version.decision && (
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            Decision: {version.decision.text}
          </Typography>
        )}
        {version.endedOn && (
          <Typography variant="body2">
            {version.state === 'superseded' ? 'Superseded' : 'Expired'} {formatDate(version.endedOn)}
          </Typography>
        )}
        {version.changes && (
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {version.changes}
          </Typography>
        )}
        {version.state !== 'draft' && version.signOffs.length > 0 && (
          <Typography variant="body2">
            Signed by {signed} of {version.signOffs.length} {version.signOffs.length === 1 ? 'party' : 'parties'}
          </Typography>
        )}
      </Stack>
      <Stack direction="row" sx={{ gap: 1, mt: 1, flexWrap: 'wrap' }}>
        {version.state === 'draft' && (
          <Button size="small" variant="outlined" onClick={() => move.mutate({ id: version.id, state: 'in-review' })}>
            Send for review
          </Button>
        )}
        {version.state === 'in-review' && (
          <>
            <Button size="small" variant="contained" onClick={() => setAdopting(true)}>
              Record adoption
            </Button>
            <Button size="small" onClick={() => move.mutate({ id: version.id, state: 'draft' })}>
              Back to draft
            </Button>
          </>
        )}
        {version.state === 'adopted' && (
          <Button size="small" onClick={() => move.mutate({ id: version.id, state: 'expired' })}>
            Mark expired
          </Button>
        )}
      </Stack>
      <Box sx={{ mt: 1.5 }}>
        <DocumentAttachments subjectKind="protocol_version" subjectId={version.id} title="The document" label={`Documents of version ${version.label}`} />
      </Box>
      {adopting && <AdoptionDialog version={version} onClose={() => setAdopting(false)} />}
    </Box>
  );
}
