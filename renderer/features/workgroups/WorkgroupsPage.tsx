import Add from '@mui/icons-material/Add';
import Workspaces from '@mui/icons-material/Workspaces';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Workgroup } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useWorkgroups } from '../../components/meetings/meetingQueries';
import { WorkgroupCard } from './WorkgroupCard';
import { WorkgroupFormDialog } from './WorkgroupFormDialog';

type Editing = { workgroup?: Workgroup } | null;

/** The coalition's workgroups and committees (Protocols, Training, Data…), each with a chair and members. */
export function WorkgroupsPage() {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const workgroups = useWorkgroups(showArchived);
  const add = () => setEditing({});
  return (
    <Stack sx={{ gap: 3, maxWidth: 1100 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="h1">Workgroups</Typography>
        <Button variant="contained" startIcon={<Add />} onClick={add}>
          Add workgroup
        </Button>
      </Stack>
      <FormControlLabel
        control={<Switch checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />}
        label="Show archived"
        sx={{ alignSelf: 'flex-start' }}
      />
      {workgroups.isPending && <CircularProgress aria-label="Loading the workgroups" />}
      {workgroups.isError && <Alert severity="error">{errorMessage(workgroups.error)}</Alert>}
      {workgroups.data?.length === 0 && <NoWorkgroupsYet onAdd={add} />}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        {workgroups.data?.map((workgroup) => (
          <WorkgroupCard key={workgroup.id} workgroup={workgroup} onEdit={() => setEditing({ workgroup })} />
        ))}
      </Box>
      {editing && <WorkgroupFormDialog workgroup={editing.workgroup} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function NoWorkgroupsYet({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, sm: 5 }, textAlign: 'center' }}>
      <Stack sx={{ gap: 2, alignItems: 'center' }}>
        <Workspaces color="primary" sx={{ fontSize: 48 }} aria-hidden />
        <Typography variant="h2">No workgroups yet</Typography>
        <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
          Workgroups carry the coalition&apos;s work between full meetings, such as protocols, training or data. Give each a chair and members; then plan its
          meetings and invite the whole group at once.
        </Typography>
        <Button variant="contained" startIcon={<Add />} onClick={onAdd}>
          Add workgroup
        </Button>
      </Stack>
    </Paper>
  );
}
