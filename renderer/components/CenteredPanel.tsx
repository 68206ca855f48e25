import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** The quiet, centred card the gate screens and startup messages sit in. */
export function CenteredPanel({ children, width = 560 }: { children: ReactNode; width?: number }) {
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: { xs: 2, sm: 4 } }}>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: width, p: { xs: 3, sm: 4 } }}>
        <Stack sx={{ gap: 2.5 }}>{children}</Stack>
      </Paper>
    </Box>
  );
}
