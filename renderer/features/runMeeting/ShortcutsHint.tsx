import Keyboard from '@mui/icons-material/Keyboard';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { runShortcuts, shortcutText } from './runShortcuts';

/** The run view's keyboard shortcuts, always in sight. */
export function ShortcutsHint() {
  return (
    <Stack
      direction="row"
      component="section"
      aria-label="Keyboard shortcuts"
      sx={{ gap: 1, alignItems: 'baseline', flexWrap: 'wrap', color: 'text.secondary' }}
    >
      <Keyboard fontSize="small" sx={{ alignSelf: 'center' }} />
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        Keyboard shortcuts:
      </Typography>
      {runShortcuts.map((shortcut) => (
        <Typography key={shortcut.command} variant="body2" component="span">
          <Box component="kbd" sx={{ fontFamily: 'inherit', fontWeight: 600, px: 0.5, border: 1, borderColor: 'divider', borderRadius: 0.5 }}>
            {shortcutText(shortcut.command)}
          </Box>{' '}
          {shortcut.does}
        </Typography>
      ))}
    </Stack>
  );
}
