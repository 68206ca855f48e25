import Edit from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Workgroup } from '../../../shared/contract';
import { useMeetingChange } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { ArchiveControls } from '../directory/ArchiveControls';
import { ArchivedChip } from '../directory/DirectoryChips';

const archiveExplanation =
  'Archiving takes the workgroup off the lists you choose from when planning a meeting. Nothing is deleted: its past meetings ' +
  'and members stay, and you can restore it at any time.';

/** One workgroup: name, chair, members and what it works on, with Edit and Archive or Restore. */
export function WorkgroupCard({ workgroup, onEdit }: { workgroup: Workgroup; onEdit: () => void }) {
  const { notify, notifyError } = useNotify();
  const archive = useMeetingChange('workgroups.archive', { onSuccess: () => notify('Workgroup archived.', 'success'), onError: notifyError });
  const restore = useMeetingChange('workgroups.restore', { onSuccess: () => notify('Workgroup restored.', 'success'), onError: notifyError });
  const memberCount = workgroup.members.length;
  return (
    <Card component="article" aria-label={workgroup.name} sx={{ display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flex: 1 }}>
        <Stack sx={{ gap: 1 }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="h3" component="h2" sx={{ overflowWrap: 'anywhere' }}>
              {workgroup.name}
            </Typography>
            {workgroup.archivedAt && <ArchivedChip />}
          </Stack>
          <Typography color="text.secondary">
            Chair: {workgroup.chair?.shownName ?? 'none yet'} · {memberCount} {memberCount === 1 ? 'member' : 'members'}
          </Typography>
          {workgroup.description && <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{workgroup.description}</Typography>}
          {memberCount > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {workgroup.members.map((member) => member.shownName).join(', ')}
            </Typography>
          )}
        </Stack>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2, gap: 1, flexWrap: 'wrap' }}>
        {!workgroup.archivedAt && (
          <Button variant="outlined" startIcon={<Edit />} onClick={onEdit} aria-label={`Edit ${workgroup.name}`}>
            Edit
          </Button>
        )}
        <ArchiveControls
          archived={workgroup.archivedAt !== null}
          confirmTitle={`Archive ${workgroup.name}?`}
          explanation={archiveExplanation}
          busy={archive.isPending || restore.isPending}
          onArchive={() => archive.mutate({ id: workgroup.id })}
          onRestore={() => restore.mutate({ id: workgroup.id })}
        />
      </CardActions>
    </Card>
  );
}
