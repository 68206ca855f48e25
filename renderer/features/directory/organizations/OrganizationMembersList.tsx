import { compareNames } from '../../../../shared/nameSortKey';
import Shield from '@mui/icons-material/Shield';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'react-router';
import type { Member } from '../../../../shared/contract';
import { memberPath } from '../../../components/directory/directoryPaths';
import { ArchivedChip, ProtectedChip, RepresentativeChip } from '../DirectoryChips';
import { coalitionRoleLabels } from '../directoryLabels';

const roleOrder = { primary: 0, alternate: 1, none: 2 } as const;

/** The people from one organization, its primary and alternates first. */
export function OrganizationMembersList({ members }: { members: readonly Member[] }) {
  if (members.length === 0) return <Typography color="text.secondary">No one from this organization is in the directory yet.</Typography>;
  const sorted = [...members].sort((a, b) => roleOrder[a.representativeRole] - roleOrder[b.representativeRole] || compareNames(a.shownName, b.shownName));
  return (
    <List disablePadding>
      {sorted.map((member) => (
        // The link sits in a list item: a list holds only items, or screen readers miscount it.
        <ListItem key={member.id} disablePadding divider>
          <ListItemButton component={Link} to={memberPath(member.id)}>
            {member.protectedIdentity && (
              <ListItemIcon>
                <Shield aria-hidden />
              </ListItemIcon>
            )}
            <ListItemText
              primary={member.shownName}
              secondary={[member.title, coalitionRoleLabels[member.coalitionRole]].filter(Boolean).join(' · ')}
              sx={{ overflowWrap: 'anywhere' }}
            />
            <Stack direction="row" sx={{ gap: 1, flexShrink: 0, ml: 1 }}>
              <RepresentativeChip role={member.representativeRole} />
              {member.protectedIdentity && <ProtectedChip />}
              {member.archivedAt && <ArchivedChip />}
            </Stack>
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
}
