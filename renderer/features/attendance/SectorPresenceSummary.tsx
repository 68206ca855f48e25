import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { MeetingDetail } from '../../../shared/contract';
import { sectors, type SectorGroup } from '../../../shared/stakeholderSectors';

type SectorPresence = MeetingDetail['sectorPresence'][number];

const groupHeadings: Partial<Record<SectorGroup, string>> = { core: 'Core sectors', community: 'Community groups' };

/** Which stakeholder sectors are in the room (present or remote), and which are not: the gaps are named. */
export function SectorPresenceSummary({ presence }: { presence: readonly SectorPresence[] }) {
  const counts = new Map(presence.map((entry) => [entry.sector, entry]));
  return (
    <Stack sx={{ gap: 2 }}>
      {(Object.keys(groupHeadings) as SectorGroup[]).map((group) => {
        const inGroup = sectors.filter((sector) => sector.group === group);
        const inRoom = inGroup.filter((sector) => (counts.get(sector.id)?.present ?? 0) > 0);
        return (
          <Stack key={group} sx={{ gap: 0.5 }}>
            <Typography variant="subtitle2" component="h3">
              {groupHeadings[group]}: {inRoom.length} of {inGroup.length} in the room
            </Typography>
            <List dense disablePadding aria-label={groupHeadings[group]}>
              {inGroup.map((sector) => {
                const entry = counts.get(sector.id);
                const present = entry?.present ?? 0;
                return (
                  <ListItem key={sector.id} disableGutters sx={{ py: 0 }}>
                    <ListItemIcon sx={{ minWidth: 30, color: present > 0 ? 'success.main' : 'text.disabled' }}>
                      {present > 0 ? <CheckCircle fontSize="small" /> : <RadioButtonUnchecked fontSize="small" />}
                    </ListItemIcon>
                    <ListItemText
                      primary={sector.label}
                      secondary={present > 0 ? `${present} here of ${entry?.invited ?? present} invited` : entry?.invited ? `Not in the room (${entry.invited} invited)` : 'Not in the room (nobody invited)'}
                      slotProps={{ secondary: { color: present > 0 ? 'text.secondary' : 'warning.dark' } }}
                    />
                  </ListItem>
                );
              })}
            </List>
          </Stack>
        );
      })}
    </Stack>
  );
}
