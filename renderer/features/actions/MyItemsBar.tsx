import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import type { ActionView } from './actionItemFilters';
import { MyMemberPicker } from './MyMemberPicker';

interface MyItemsBarProps {
  view: ActionView;
  myMemberId: string | null;
  onChange: (changes: Partial<ActionView>) => void;
}

/** "My items": who I am, then my items first or only mine. */
export function MyItemsBar({ view, myMemberId, onChange }: MyItemsBarProps) {
  const onlyMine = myMemberId !== null && view.ownerId === myMemberId;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { xs: 1, sm: 2 }, alignItems: { sm: 'center' } }}>
      <Box sx={{ width: { xs: '100%', sm: 300 } }}>
        <MyMemberPicker />
      </Box>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <FormControlLabel
          disabled={!myMemberId}
          control={<Switch checked={view.mineFirst && myMemberId !== null} onChange={(event) => onChange({ mineFirst: event.target.checked })} />}
          label="My items first"
        />
        <FormControlLabel
          disabled={!myMemberId}
          control={<Switch checked={onlyMine} onChange={(event) => onChange({ ownerId: event.target.checked ? myMemberId : null })} />}
          label="Only mine"
        />
      </Stack>
    </Stack>
  );
}
