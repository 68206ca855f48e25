import ErrorOutlined from '@mui/icons-material/ErrorOutlined';
import Schedule from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { ActionItem } from '../../../shared/contract';
import { formatDate } from '../../format/formatDate';

/** Warning text readable on both light and dark paper. */
export const dueSoonColor = (theme: Theme) => (theme.palette.mode === 'light' ? theme.palette.warning.dark : theme.palette.warning.light);

/** "Mar 31, 2026" (the style chosen in Settings) for a calendar date, the same day in every zone. */
export const formatDueDate = (dueOn: string): string => formatDate(dueOn);

/** The due date, and for unfinished items whether it has passed or is near: in words and an icon, not colour alone. */
export function DueDate({ item }: { item: Pick<ActionItem, 'dueOn' | 'overdue' | 'dueSoon'> }) {
  if (!item.dueOn)
    return (
      <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
        No due date
      </Box>
    );
  const warning = item.overdue
    ? { color: 'error.main', icon: <ErrorOutlined fontSize="inherit" />, word: 'Overdue' }
    : item.dueSoon
      ? { color: dueSoonColor, icon: <Schedule fontSize="inherit" />, word: 'Due soon' }
      : null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      {formatDueDate(item.dueOn)}
      {warning && (
        <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, color: warning.color, fontWeight: 600 }}>
          {warning.icon}
          {warning.word}
        </Box>
      )}
    </Box>
  );
}
