import Add from '@mui/icons-material/Add';
import Handshake from '@mui/icons-material/Handshake';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../components/errorMessage';
import { protocolPath } from '../../components/protocols/protocolPaths';
import { useProtocols } from '../../components/protocols/protocolQueries';
import { ProtocolFormDialog } from './ProtocolFormDialog';
import { ProtocolRegisterTable } from './ProtocolRegisterTable';

/** The coalition's protocols and agreements: what is in force, what needs a review or a signature. */
export function ProtocolsPage() {
  const protocols = useProtocols();
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  return (
    <Stack sx={{ gap: 3, maxWidth: 1280, minWidth: 0 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Protocols & agreements</Typography>
        <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
          Add protocol or agreement
        </Button>
      </Stack>
      {protocols.isPending && <CircularProgress aria-label="Loading the protocols and agreements" />}
      {protocols.isError && <Alert severity="error">{errorMessage(protocols.error)}</Alert>}
      {protocols.data?.length === 0 && <NothingYet onAdd={() => setAdding(true)} />}
      {protocols.data && protocols.data.length > 0 && <ProtocolRegisterTable protocols={protocols.data} />}
      {adding && <ProtocolFormDialog onClose={() => setAdding(false)} onSaved={(detail) => void navigate(protocolPath(detail.id))} />}
    </Stack>
  );
}

function NothingYet({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack sx={{ gap: 2, alignItems: 'center' }}>
        <Handshake color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No protocols or agreements yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 560 }}>
          Keep the coalition&apos;s interagency protocols, MOUs, data-sharing and confidentiality agreements and its charter here: each version and when it was
          adopted, who has signed it, and when it is due for review.
        </Typography>
        <Button variant="contained" startIcon={<Add />} onClick={onAdd}>
          Add protocol or agreement
        </Button>
      </Stack>
    </Paper>
  );
}
