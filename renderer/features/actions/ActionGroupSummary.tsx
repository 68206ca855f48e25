import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { z } from 'zod';
import type { actionGroupSchema } from '../../../shared/contract';
import type { ActionGrouping } from './actionItemFilters';

type ActionGroup = z.infer<typeof actionGroupSchema>;

interface ActionGroupSummaryProps {
  groupBy: Exclude<ActionGrouping, 'none'>;
  groups: readonly ActionGroup[];
  /** Narrows the list to one group; groups without a key (no owner, no organization) cannot be chosen. */
  onChoose: (key: string) => void;
}

const headings = { owner: 'By owner', organization: 'By organization' } as const;

/** Every group of the filtered items with its count; the rows below come in the same order. */
export function ActionGroupSummary({ groupBy, groups, onChoose }: ActionGroupSummaryProps) {
  if (groups.length === 0) return null;
  return (
    <Box component="section" aria-label={headings[groupBy]}>
      <Typography variant="subtitle2" component="h2" color="text.secondary" sx={{ mb: 1 }}>
        {headings[groupBy]}
      </Typography>
      <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, m: 0, p: 0, listStyle: 'none', maxHeight: 132, overflowY: 'auto' }}>
        {groups.map((group) => {
          const { key } = group;
          const overdue = group.overdue > 0 ? `${group.overdue.toLocaleString()} overdue` : '';
          const words = `${group.label}: ${group.count.toLocaleString()}${overdue ? `, ${overdue}` : ''}`;
          const label = (
            <>
              {group.label}: {group.count.toLocaleString()}
              {overdue && (
                <Box component="span" sx={{ color: 'error.main', fontWeight: 600 }}>
                  {` · ${overdue}`}
                </Box>
              )}
            </>
          );
          return (
            <li key={key ?? 'none'}>
              <Chip variant="outlined" label={label} aria-label={key ? `Show only ${words}` : words} onClick={key ? () => onChoose(key) : undefined} />
            </li>
          );
        })}
      </Box>
    </Box>
  );
}
