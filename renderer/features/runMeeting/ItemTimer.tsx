import AlarmOn from '@mui/icons-material/AlarmOn';
import Timer from '@mui/icons-material/Timer';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { itemTiming } from './itemTiming';
import { useNow } from './useNow';

/** Time spent on the item against its timebox; an overrun shows in colour, with an icon and in words. */
export function ItemTimer({ startedAt, timeboxMinutes }: { startedAt: string; timeboxMinutes: number }) {
  const timing = itemTiming(startedAt, timeboxMinutes, useNow());
  return (
    <Stack
      direction="row"
      sx={{
        gap: 1,
        alignItems: 'center',
        px: 1.5,
        py: 0.75,
        borderRadius: 1,
        border: 2,
        borderColor: timing.over ? 'error.main' : 'divider',
        color: timing.over ? 'error.main' : 'text.primary',
        width: 'fit-content',
      }}
    >
      {timing.over ? <AlarmOn /> : <Timer />}
      <Typography component="span" sx={{ fontSize: '1.4rem', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {timing.elapsed}
        {timing.timebox && (
          <Typography component="span" color="text.secondary" sx={{ fontSize: '1rem', fontWeight: 400 }}>
            {' '}
            of {timing.timebox}
          </Typography>
        )}
      </Typography>
      <Typography component="span" sx={{ fontWeight: timing.over ? 700 : 400 }}>
        {timing.words}
      </Typography>
    </Stack>
  );
}
