import Delete from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ProtocolDetail, ProtocolParty, ProtocolVersion } from '../../../shared/contract';
import { signOffStatusLabels } from '../../../shared/protocolLabels';
import { signableStates } from '../../../shared/protocolStates';
import { sectorLabel } from '../../../shared/stakeholderSectors';
import { DirectoryPicker } from '../../components/directory/DirectoryPicker';
import { fieldErrorsOf, firstError } from '../../components/forms/fieldErrors';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useProtocolChange } from '../../components/protocols/protocolQueries';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../format/formatDate';
import { DateDialog } from './DateDialog';

/** The organizations bound by it, each with its signatory and its answer on the version parties sign now. */
export function PartiesCard({ protocol }: { protocol: ProtocolDetail }) {
  const signing = signingVersion(protocol);
  return (
    <SectionCard title="Parties and signatures">
      <Typography color="text.secondary">
        {signing
          ? `Signatures shown are for version ${signing.label}${signing.state === 'in-review' ? ' (in review)' : ''}. A new version is signed afresh.`
          : 'Parties sign a version once it is in review or adopted.'}
      </Typography>
      {protocol.parties.length === 0 && <Typography>No parties yet. Add the organizations bound by it.</Typography>}
      <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none', gap: 1.5 }} aria-label="Parties">
        {protocol.parties.map((party) => (
          <PartyRow key={party.organizationId} protocol={protocol} party={party} version={signing} />
        ))}
      </Stack>
      <AddParty protocol={protocol} />
    </SectionCard>
  );
}

/** The adopted version, or else the one in review. */
function signingVersion(protocol: ProtocolDetail): ProtocolVersion | null {
  return (
    protocol.versions.find((version) => version.state === 'adopted') ?? protocol.versions.find((version) => signableStates.includes(version.state)) ?? null
  );
}

function PartyRow({ protocol, party, version }: { protocol: ProtocolDetail; party: ProtocolParty; version: ProtocolVersion | null }) {
  const { notifyError, notify } = useNotify();
  const [signing, setSigning] = useState(false);
  const [signatoryError, setSignatoryError] = useState<string | undefined>();
  const setParty = useProtocolChange('protocols.setParty', {
    onError: (error) =>
      firstError(fieldErrorsOf(error), 'signatoryId') ? setSignatoryError(firstError(fieldErrorsOf(error), 'signatoryId')) : notifyError(error),
  });
  const remove = useProtocolChange('protocols.removeParty', {
    onSuccess: () => notify(`${party.name} is no longer a party.`, 'success'),
    onError: notifyError,
  });
  const signOff = useProtocolChange('protocols.setSignOff', { onSuccess: () => setSigning(false), onError: notifyError });
  const answer = version?.signOffs.find((candidate) => candidate.organizationId === party.organizationId);
  const record = (status: 'pending' | 'declined') =>
    version && signOff.mutate({ versionId: version.id, organizationId: party.organizationId, status, signedOn: null });
  return (
    <Box
      component="li"
      sx={{
        display: 'grid',
        gap: 1.5,
        gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(0, 1.5fr) minmax(0, 2fr) auto' },
        alignItems: 'center',
        borderTop: 1,
        borderColor: 'divider',
        pt: 1.5,
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {party.name}
          {party.archived && ' (archived)'}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {sectorLabel(party.sector)}
        </Typography>
      </Box>
      <TextField
        select
        size="small"
        label={`Signatory for ${party.name}`}
        value={party.signatory?.id ?? ''}
        onChange={(event) => {
          setSignatoryError(undefined);
          setParty.mutate({
            protocolId: protocol.id,
            organizationId: party.organizationId,
            signatoryId: event.target.value === '' ? null : event.target.value,
          });
        }}
        error={Boolean(signatoryError)}
        helperText={signatoryError ?? (party.members.length === 0 ? 'No active members of this organization.' : undefined)}
      >
        <MenuItem value="">
          <em>Not named</em>
        </MenuItem>
        {party.signatory && !party.members.some((member) => member.id === party.signatory?.id) && (
          <MenuItem value={party.signatory.id}>{party.signatory.shownName}</MenuItem>
        )}
        {party.members.map((member) => (
          <MenuItem key={member.id} value={member.id}>
            {member.shownName}
          </MenuItem>
        ))}
      </TextField>
      <Stack sx={{ gap: 0.5, minWidth: 0 }}>
        {version && answer && (
          <>
            <Typography
              sx={{ color: answer.status === 'signed' ? 'success.main' : answer.status === 'declined' ? 'error.main' : 'warning.dark', fontWeight: 600 }}
            >
              {answer.status === 'signed' && answer.signedOn ? `Signed ${formatDate(answer.signedOn)}` : signOffStatusLabels[answer.status]}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              {answer.status !== 'signed' && (
                <Button size="small" variant="outlined" onClick={() => setSigning(true)} aria-label={`Record signature of ${party.name}`}>
                  Signed…
                </Button>
              )}
              {answer.status !== 'declined' && (
                <Button size="small" onClick={() => record('declined')} aria-label={`Record that ${party.name} declined`}>
                  Declined
                </Button>
              )}
              {answer.status !== 'pending' && (
                <Button size="small" onClick={() => record('pending')} aria-label={`Mark ${party.name} as not signed yet`}>
                  Not signed yet
                </Button>
              )}
            </Stack>
          </>
        )}
      </Stack>
      <IconButton
        aria-label={`Remove ${party.name} as a party`}
        onClick={() => remove.mutate({ protocolId: protocol.id, organizationId: party.organizationId })}
        sx={{ justifySelf: 'end' }}
      >
        <Delete />
      </IconButton>
      {signing && version && (
        <DateDialog
          title={`${party.name} signed version ${version.label}`}
          label="Date signed"
          submitLabel="Record signature"
          saving={signOff.isPending}
          onClose={() => setSigning(false)}
          onSubmit={(date) => signOff.mutate({ versionId: version.id, organizationId: party.organizationId, status: 'signed', signedOn: date })}
        />
      )}
    </Box>
  );
}

function AddParty({ protocol }: { protocol: ProtocolDetail }) {
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const { notifyError } = useNotify();
  const add = useProtocolChange('protocols.setParty', {
    onSuccess: () => setOrganizationId(null),
    onError: (failure) => {
      const message = firstError(fieldErrorsOf(failure), 'organizationId');
      if (message) setError(message);
      else notifyError(failure);
    },
  });
  const already = organizationId !== null && protocol.parties.some((party) => party.organizationId === organizationId);
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}>
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <DirectoryPicker
          kind="organization"
          label="Add a party"
          anyLabel="Choose an organization"
          activeOnly
          value={organizationId}
          onChange={(id) => {
            setError(undefined);
            setOrganizationId(id);
          }}
          error={error ?? (already ? 'Already a party.' : undefined)}
        />
      </Box>
      <Button
        variant="outlined"
        disabled={organizationId === null || already || add.isPending}
        onClick={() => organizationId && add.mutate({ protocolId: protocol.id, organizationId, signatoryId: null })}
      >
        Add party
      </Button>
    </Stack>
  );
}
