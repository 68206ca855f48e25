import ArrowBack from '@mui/icons-material/ArrowBack';
import Edit from '@mui/icons-material/Edit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import type { ProtocolDetail } from '../../../shared/contract';
import { dutyById } from '../../../shared/childWelfareDuties';
import { protocolKindText } from '../../../shared/protocolLabels';
import { sectorLabel } from '../../../shared/stakeholderSectors';
import { errorMessage } from '../../components/errorMessage';
import { FieldList } from '../../components/FieldList';
import { useNotify } from '../../components/notifications/NotificationContext';
import { protocolsPath } from '../../components/protocols/protocolPaths';
import { useProtocol, useProtocolChange } from '../../components/protocols/protocolQueries';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../format/formatDate';
import { DateDialog } from './DateDialog';
import { PartiesCard } from './PartiesCard';
import { ProtocolFormDialog } from './ProtocolFormDialog';
import { ProtocolStateChip } from './ProtocolStateChip';
import { ReviewAgendaButton } from './ReviewAgendaButton';
import { VersionsCard } from './VersionsCard';
import { reviewColor, reviewWords } from './reviewWords';

/** One protocol or agreement: where it stands, its review, its parties and signatures, its versions and duties. */
export function ProtocolDetailPage() {
  const { id = '' } = useParams();
  const protocol = useProtocol(id);
  return (
    <Stack sx={{ gap: 3, maxWidth: 1100, minWidth: 0 }}>
      <Button component={RouterLink} to={protocolsPath} startIcon={<ArrowBack />} sx={{ alignSelf: 'flex-start' }}>
        Protocols & agreements
      </Button>
      {protocol.isPending && <CircularProgress aria-label="Loading the protocol" />}
      {protocol.isError && <Alert severity="error">{errorMessage(protocol.error)}</Alert>}
      {protocol.data && <ProtocolView protocol={protocol.data} />}
    </Stack>
  );
}

function ProtocolView({ protocol }: { protocol: ProtocolDetail }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, justifyContent: 'space-between', alignItems: { sm: 'flex-start' } }}>
        <Stack sx={{ gap: 1, minWidth: 0 }}>
          <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
            {protocol.title}
          </Typography>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <ProtocolStateChip state={protocol.state} />
            <Typography color="text.secondary">{protocolKindText(protocol.kind, protocol.subtype)}</Typography>
          </Stack>
          {protocol.summary && <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{protocol.summary}</Typography>}
        </Stack>
        <Button startIcon={<Edit />} variant="outlined" onClick={() => setEditing(true)} sx={{ flexShrink: 0 }}>
          Edit
        </Button>
      </Stack>
      <MissingSectors protocol={protocol} />
      <ReviewCard protocol={protocol} />
      <PartiesCard protocol={protocol} />
      <VersionsCard protocol={protocol} />
      <DutiesCard protocol={protocol} />
      {editing && <ProtocolFormDialog protocol={protocol} onClose={() => setEditing(false)} />}
    </>
  );
}

function MissingSectors({ protocol }: { protocol: ProtocolDetail }) {
  if (protocol.missingSectors.length === 0) return null;
  return (
    <Alert severity="warning" aria-label="Required sectors not yet parties">
      <Typography sx={{ fontWeight: 600 }}>Required sectors that are not parties yet</Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {protocol.candidates.map(({ sector, organizations }) => (
          <li key={sector}>
            {sectorLabel(sector)}
            {organizations.length > 0
              ? ` (at the table: ${organizations.map((organization) => organization.name).join(', ')})`
              : ': no organization of this sector is at the table'}
          </li>
        ))}
      </Box>
    </Alert>
  );
}

function ReviewCard({ protocol }: { protocol: ProtocolDetail }) {
  const [recording, setRecording] = useState(false);
  const { notify, notifyError } = useNotify();
  const review = useProtocolChange('protocols.recordReview', {
    onSuccess: () => {
      setRecording(false);
      notify('Review recorded. The next review counts from its date.', 'success');
    },
    onError: notifyError,
  });
  const current = protocol.currentVersion;
  const adopted = current?.state === 'adopted';
  return (
    <SectionCard title="In force and review">
      <FieldList
        items={[
          { term: 'Current version', description: current ? `${current.label}` : '—' },
          { term: 'In effect since', description: current?.effectiveOn ? formatDate(current.effectiveOn) : '—' },
          {
            term: 'Next review',
            description: (
              <Box component="span" sx={{ color: reviewColor(protocol.review), fontWeight: protocol.review === 'later' ? undefined : 600 }}>
                {reviewWords(protocol)}
                {protocol.review === 'due' && ' (due soon)'}
              </Box>
            ),
          },
          {
            term: 'Review cycle',
            description: protocol.reviewMonths === null ? 'None' : `Every ${protocol.reviewMonths} ${protocol.reviewMonths === 1 ? 'month' : 'months'}`,
          },
          { term: 'Renew or review by', description: protocol.renewalOn ? formatDate(protocol.renewalOn) : '—' },
          { term: 'Last reviewed', description: protocol.lastReviewedOn ? formatDate(protocol.lastReviewedOn) : '—' },
        ]}
      />
      {adopted && (
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, flexWrap: 'wrap' }}>
          <ReviewAgendaButton protocol={protocol} />
          <Button onClick={() => setRecording(true)}>Record a review…</Button>
        </Stack>
      )}
      {recording && (
        <DateDialog
          title="Record a review"
          label="Date reviewed"
          explanation="The version stays as it is; the next review counts from this date. If the review changes the text, start a new version instead."
          submitLabel="Record review"
          saving={review.isPending}
          onClose={() => setRecording(false)}
          onSubmit={(reviewedOn) => review.mutate({ id: protocol.id, reviewedOn })}
        />
      )}
    </SectionCard>
  );
}

function DutiesCard({ protocol }: { protocol: ProtocolDetail }) {
  return (
    <SectionCard title="Duties it serves">
      {protocol.duties.length === 0 ? (
        <Typography color="text.secondary">No duties of P.L. 113-183 chosen. Edit it to say which duties it serves.</Typography>
      ) : (
        <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none', gap: 1 }}>
          {protocol.duties.map((id) => (
            <li key={id}>
              <Typography sx={{ fontWeight: 600 }}>{dutyById(id).title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {dutyById(id).summary}
              </Typography>
            </li>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
