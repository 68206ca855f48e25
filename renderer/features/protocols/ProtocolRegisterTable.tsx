import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { ProtocolSummary } from '../../../shared/contract';
import { protocolKindText } from '../../../shared/protocolLabels';
import { sectorLabel } from '../../../shared/stakeholderSectors';
import { formatDate } from '../../format/formatDate';
import { protocolPath } from '../../components/protocols/protocolPaths';
import { ProtocolStateChip } from './ProtocolStateChip';
import { reviewColor, reviewWords } from './reviewWords';

/** The register: one row per protocol or agreement, with what needs doing (review, signatures, missing sectors). */
export function ProtocolRegisterTable({ protocols }: { protocols: readonly ProtocolSummary[] }) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="Protocols and agreements" sx={{ minWidth: 880, tableLayout: 'fixed' }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '26%' }}>Title</TableCell>
            <TableCell sx={{ width: 130 }}>State</TableCell>
            <TableCell sx={{ width: 90 }}>Version</TableCell>
            <TableCell sx={{ width: 120 }}>In effect since</TableCell>
            <TableCell sx={{ width: 140 }}>Next review</TableCell>
            <TableCell>Not signed</TableCell>
            <TableCell>Missing sectors</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {protocols.map((protocol) => (
            <RegisterRow key={protocol.id} protocol={protocol} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

function RegisterRow({ protocol }: { protocol: ProtocolSummary }) {
  const version = protocol.currentVersion;
  return (
    <TableRow hover sx={{ verticalAlign: 'top' }}>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <Link component={RouterLink} to={protocolPath(protocol.id)} underline="hover" sx={{ fontWeight: 600 }}>
          {protocol.title}
        </Link>
        <Typography variant="body2" color="text.secondary">
          {protocolKindText(protocol.kind, protocol.subtype)}
        </Typography>
      </TableCell>
      <TableCell>
        <ProtocolStateChip state={protocol.state} />
        {protocol.openVersion && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            Version {protocol.openVersion.label} {protocol.openVersion.state === 'draft' ? 'in draft' : 'in review'}
          </Typography>
        )}
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>{version?.label ?? '—'}</TableCell>
      <TableCell>{version?.effectiveOn ? formatDate(version.effectiveOn) : '—'}</TableCell>
      <TableCell>
        <Box component="span" sx={{ color: reviewColor(protocol.review) }}>
          {reviewWords(protocol)}
        </Box>
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <NameList
          names={protocol.unsignedParties.map((party) => (party.status === 'declined' ? `${party.name} (declined)` : party.name))}
          none={protocol.partyCount === 0 ? 'No parties yet' : '—'}
        />
      </TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        <NameList names={protocol.missingSectors.map((sector) => sectorLabel(sector))} none="—" tone="warning.dark" />
      </TableCell>
    </TableRow>
  );
}

function NameList({ names, none, tone }: { names: string[]; none: string; tone?: string }) {
  if (names.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {none}
      </Typography>
    );
  return (
    <Stack component="ul" sx={{ m: 0, p: 0, listStyle: 'none', gap: 0.5 }}>
      {names.map((name) => (
        <Typography component="li" variant="body2" key={name} sx={{ color: tone }}>
          {name}
        </Typography>
      ))}
    </Stack>
  );
}
