import Check from '@mui/icons-material/Check';
import Checklist from '@mui/icons-material/Checklist';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { type Duty, duties, dutyById } from '../../../shared/childWelfareDuties';
import type { DutyLinkKind } from '../../../shared/contract/trainingSchemas';
import { useNotify } from '../../components/notifications/NotificationContext';
import { useUndo } from '../../components/useUndo';
import { useDutiesServedBy, useTrainingChange } from '../trainings/trainingQueries';

interface ServedDutiesProps {
  subjectKind: DutyLinkKind;
  subjectId: string;
  /** False for a cancelled meeting: it can stop counting toward a duty, not start. */
  canAdd?: boolean;
}

const menuNote = {
  'can-add': 'Tick the duties this work serves. It then counts on the Six duties checklist.',
  closed: 'A cancelled meeting cannot start counting toward a duty.',
};

/**
 * "Serves duty…" on a meeting's page or an action item's panel: the duties of P.L. 113-183 it is linked to, as chips,
 * and a menu of the six to tick or untick. The links are the checklist's own (`duties.link`/`duties.unlink`), so the
 * Six duties page and this control always agree; an untick can be undone.
 */
export function ServedDuties({ subjectKind, subjectId, canAdd = true }: ServedDutiesProps) {
  const served = useDutiesServedBy(subjectKind, subjectId);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { notify, notifyError } = useNotify();
  const { offerUndo, undoSnackbar } = useUndo();
  const link = useTrainingChange('duties.link', { onError: notifyError });
  const unlink = useTrainingChange('duties.unlink', { onError: notifyError });
  if (!served.data) return null;
  const servedIds = new Set(served.data);
  const linkTo = (duty: Duty) => link.mutateAsync({ duty: duty.id, subjectKind, subjectId });
  const toggle = (duty: Duty) => {
    setAnchor(null);
    if (!servedIds.has(duty.id)) {
      void linkTo(duty).then(
        () => notify(`Counts toward “${duty.title}” now.`, 'success'),
        () => undefined,
      );
      return;
    }
    unlink.mutate(
      { duty: duty.id, subjectKind, subjectId },
      { onSuccess: () => offerUndo({ message: `No longer counts toward “${duty.title}”.`, undo: () => linkTo(duty) }) },
    );
  };
  return (
    <Stack
      component="section"
      aria-label="Duties of P.L. 113-183 it serves"
      direction="row"
      sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', minWidth: 0 }}
    >
      <Checklist fontSize="small" color="action" aria-hidden />
      <Typography variant="body2" color="text.secondary">
        {servedIds.size === 0 ? 'Serves no duty of P.L. 113-183 yet' : 'Serves'}
      </Typography>
      {served.data.length > 0 && (
        <Stack component="ul" aria-label="Duties served" direction="row" sx={{ listStyle: 'none', m: 0, p: 0, gap: 0.5, flexWrap: 'wrap', minWidth: 0 }}>
          {served.data.map((id) => (
            <li key={id} style={{ minWidth: 0, maxWidth: '100%' }}>
              <Chip size="small" variant="outlined" label={dutyById(id).title} sx={{ maxWidth: '100%' }} />
            </li>
          ))}
        </Stack>
      )}
      <Button size="small" onClick={(event) => setAnchor(event.currentTarget)} aria-haspopup="menu" disabled={link.isPending || unlink.isPending}>
        Serves duty…
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ paper: { sx: { maxWidth: 440 } } }}>
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, py: 1, whiteSpace: 'normal' }}>
          {menuNote[canAdd ? 'can-add' : 'closed']}
        </Typography>
        {duties.map((duty) => {
          const ticked = servedIds.has(duty.id);
          return (
            <MenuItem
              key={duty.id}
              role="menuitemcheckbox"
              aria-checked={ticked}
              disabled={!ticked && !canAdd}
              onClick={() => toggle(duty)}
              sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}
            >
              <ListItemIcon sx={{ mt: 0.5 }}>{ticked && <Check fontSize="small" />}</ListItemIcon>
              <ListItemText primary={duty.title} secondary={duty.summary} />
            </MenuItem>
          );
        })}
      </Menu>
      {undoSnackbar}
    </Stack>
  );
}
