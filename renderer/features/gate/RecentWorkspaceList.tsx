import PlaylistRemove from '@mui/icons-material/PlaylistRemove';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { RecentWorkspace } from '../../../shared/contract';

/** The value of the radio that means "a folder not in the list". */
export const OTHER_WORKSPACE = '\0other';

interface RecentWorkspaceListProps {
  recent: RecentWorkspace[];
  selected: string;
  onSelect: (value: string) => void;
  onForget: (workspace: RecentWorkspace) => void;
}

export function RecentWorkspaceList({ recent, selected, onSelect, onForget }: RecentWorkspaceListProps) {
  return (
    <Box>
      <FormLabel id="recent-workspaces-label">Recent workspaces</FormLabel>
      <RadioGroup aria-labelledby="recent-workspaces-label" value={selected} onChange={(event) => onSelect(event.target.value)}>
        {recent.map((workspace) => (
          <Box key={workspace.path} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <FormControlLabel
              value={workspace.path}
              control={<Radio />}
              sx={{ flex: 1, minWidth: 0, py: 0.5 }}
              label={
                <Box sx={{ minWidth: 0 }}>
                  <Typography sx={{ fontWeight: 600 }}>{workspace.name}</Typography>
                  <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                    {workspace.path}
                  </Typography>
                </Box>
              }
            />
            <Tooltip describeChild title="Remove from list. The workspace files are not deleted.">
              <IconButton aria-label={`Remove from list: ${workspace.name}`} onClick={() => onForget(workspace)}>
                <PlaylistRemove />
              </IconButton>
            </Tooltip>
          </Box>
        ))}
        <FormControlLabel value={OTHER_WORKSPACE} control={<Radio />} label="Open another workspace…" />
      </RadioGroup>
    </Box>
  );
}
