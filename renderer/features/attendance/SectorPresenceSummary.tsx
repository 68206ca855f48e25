import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MeetingDetail } from '../../../shared/contract';
import { sectors, type SectorGroup, type SectorId } from '../../../shared/stakeholderSectors';

type SectorPresence = MeetingDetail['sectorPresence'][number];

const groupHeadings: Partial<Record<SectorGroup, string>> = { core: 'Core sectors', community: 'Community groups' };

/**
 * Which stakeholder sectors are in the room (present or remote) and which invited ones are not, one line each; the
 * sectors nobody was invited from are named together in one sentence, so the gaps are read at a glance.
 */
export function SectorPresenceSummary({ presence }: { presence: readonly SectorPresence[] }) {
  const counts = new Map(presence.map((entry) => [entry.sector, entry]));
  return (
    <Stack sx={{ gap: 2 }}>
      {(Object.keys(groupHeadings) as SectorGroup[]).map((group) => {
        const inGroup = sectors.filter((sector) => sector.group === group);
        const presentIn = (id: SectorId) => counts.get(id)?.present ?? 0;
        const invitedTo = (id: SectorId) => counts.get(id)?.invited ?? 0;
        const inRoom = inGroup.filter((sector) => presentIn(sector.id) > 0);
        const invitedNotHere = inGroup.filter((sector) => presentIn(sector.id) === 0 && invitedTo(sector.id) > 0);
        const notInvited = inGroup.filter((sector) => invitedTo(sector.id) === 0 && presentIn(sector.id) === 0);
        return (
          <Stack key={group} sx={{ gap: 0.5 }}>
            <Typography variant="subtitle2" component="h3">
              {groupHeadings[group]}: {inRoom.length} of {inGroup.length} in the room
            </Typography>
            {inRoom.length + invitedNotHere.length > 0 && (
              <List dense disablePadding aria-label={groupHeadings[group]}>
                {inRoom.map((sector) => (
                  <SectorLine
                    key={sector.id}
                    label={sector.label}
                    here
                    detail={`${presentIn(sector.id)} here of ${Math.max(invitedTo(sector.id), presentIn(sector.id))} invited`}
                  />
                ))}
                {invitedNotHere.map((sector) => (
                  <SectorLine key={sector.id} label={sector.label} here={false} detail={`Not in the room (${invitedTo(sector.id)} invited)`} />
                ))}
              </List>
            )}
            {notInvited.length > 0 && (
              <Typography variant="body2" color="text.secondary">
                Nobody invited from: {notInvited.map((sector) => sector.label).join('; ')}.
              </Typography>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

function SectorLine({ label, here, detail }: { label: string; here: boolean; detail: string }) {
  return (
    <ListItem disableGutters sx={{ py: 0 }}>
      <ListItemIcon sx={{ minWidth: 30, color: here ? 'success.main' : 'warning.dark' }}>
        {here ? <CheckCircle fontSize="small" aria-hidden /> : <ErrorOutline fontSize="small" aria-hidden />}
      </ListItemIcon>
      <ListItemText primary={label} secondary={detail} slotProps={{ secondary: { color: here ? 'text.secondary' : 'warning.dark' } }} />
    </ListItem>
  );
}
