import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { z } from 'zod';
import type { historyEntrySchema } from '../../../shared/contract';
import { formatDateTime } from '../../format/formatDate';

type HistoryEntry = z.infer<typeof historyEntrySchema>;

const actionWords: Record<string, string> = {
  created: 'Added',
  create: 'Added',
  updated: 'Edited',
  update: 'Edited',
  archived: 'Archived',
  archive: 'Archived',
  restored: 'Restored',
  restore: 'Restored',
  revealed: 'Full name and contact revealed',
  reveal: 'Full name and contact revealed',
  'identity revealed': 'Full name and contact revealed',
};

interface HistoryListProps {
  entries: readonly HistoryEntry[];
  fieldLabels: Readonly<Record<string, string>>;
  /** Words for the record's own actions (e.g. a meeting's "started"), beside the shared ones. */
  actionLabels?: Readonly<Record<string, string>>;
}

/** The audit entries of one record, newest first. Only the names of changed fields are shown, never their values. */
export function HistoryList({ entries, fieldLabels, actionLabels }: HistoryListProps) {
  if (entries.length === 0) return <Typography color="text.secondary">No changes recorded yet.</Typography>;
  const sorted = [...entries].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <List dense disablePadding>
      {sorted.map((entry, index) => {
        const fields = Object.keys(entry.changes).map((key) => fieldLabels[key] ?? key);
        const action = actionLabels?.[entry.action] ?? actionWords[entry.action] ?? entry.action;
        return (
          <ListItem key={`${entry.at}-${index}`} disableGutters divider={index < sorted.length - 1}>
            <ListItemText
              primary={fields.length > 0 && action === 'Edited' ? `${action}: ${fields.join(', ')}` : action}
              secondary={`${formatDateTime(entry.at)} · ${entry.profile}`}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
