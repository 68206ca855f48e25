import ArrowBack from '@mui/icons-material/ArrowBack';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface DetailHeaderProps {
  backTo: string;
  backLabel: string;
  title: string;
  /** Chips next to the title: involvement, protected, archived. */
  badges?: ReactNode;
  actions: ReactNode;
}

/** A title this long (a meeting's can be 150 characters) takes a smaller size on a phone-wide window, not eight lines. */
const LONG_TITLE = 80;
const longTitleSize = { fontSize: { xs: '1.5rem', sm: '2rem' } };

export function DetailHeader({ backTo, backLabel, title, badges, actions }: DetailHeaderProps) {
  return (
    <Stack sx={{ gap: 1 }}>
      <div>
        <Button component={Link} to={backTo} startIcon={<ArrowBack />} size="small">
          {backLabel}
        </Button>
      </div>
      {/* The title keeps at least a readable width; when the buttons do not fit beside it, they move below it and wrap. */}
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, justifyContent: 'space-between', alignItems: { md: 'flex-start' }, flexWrap: 'wrap' }}>
        <Stack sx={{ gap: 1, minWidth: 0, flex: { md: '1 1 22rem' } }}>
          <Typography variant="h1" sx={{ overflowWrap: 'anywhere', ...(title.length > LONG_TITLE && longTitleSize) }}>
            {title}
          </Typography>
          {badges && (
            <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
              {badges}
            </Stack>
          )}
        </Stack>
        <Stack direction="row" sx={{ gap: 1, flex: { md: '0 1 auto' }, flexWrap: 'wrap' }}>
          {actions}
        </Stack>
      </Stack>
    </Stack>
  );
}
