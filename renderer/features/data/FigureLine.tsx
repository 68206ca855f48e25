import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Submission } from '../../../shared/contract';
import { breakdownById } from '../../../shared/dataBreakdowns';
import type { FigureDraft } from './figureDraft';

type Line = Submission['lines'][number];

const countProps = { inputMode: 'numeric', pattern: '[0-9]*' } as const;

/** One measure's figure: its total, its breakdowns on demand, and what deserves a second look. */
export function FigureLine({
  line,
  draft,
  error,
  totalName,
  onChange,
}: {
  line: Line;
  draft: FigureDraft;
  error: string | undefined;
  totalName: string | undefined;
  onChange: (next: FigureDraft) => void;
}) {
  const { measure, figure } = line;
  const [open, setOpen] = useState(Object.keys(draft.breakdown).length > 0);
  const definitionChanged = figure !== null && figure.definitionVersion !== measure.definitionVersion;
  const setCell = (id: string, cell: string, value: string) =>
    onChange({ ...draft, breakdown: { ...draft.breakdown, [id]: { ...(draft.breakdown[id as keyof FigureDraft['breakdown']] ?? {}), [cell]: value } } });
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, ml: measure.within24hOf ? { xs: 1.5, sm: 4 } : 0, borderColor: error ? 'error.main' : undefined }}
      role="group"
      aria-label={measure.name}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1.5, alignItems: { sm: 'flex-start' } }}>
        <Stack sx={{ flex: 1, minWidth: 0, gap: 0.5 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{measure.name}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {figure && definitionChanged ? figure.definition : measure.definition}
          </Typography>
          {totalName && <Typography variant="caption">Part of “{totalName}”: never more than it.</Typography>}
          <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
            {definitionChanged && (
              <Chip
                size="small"
                color="info"
                variant="outlined"
                label={`Counted under definition ${figure.definitionVersion}; today’s is ${measure.definitionVersion}`}
              />
            )}
            {line.farFromHistory && <Chip size="small" color="warning" label="Far from this organization’s usual figures: worth a second look" />}
          </Stack>
        </Stack>
        <TextField
          label={`Total (${measure.unit})`}
          value={draft.total}
          onChange={(event) => onChange({ ...draft, total: event.target.value })}
          slotProps={{ htmlInput: countProps }}
          size="small"
          sx={{ width: { xs: '100%', sm: 150 } }}
          error={!!error}
        />
      </Stack>
      {error && (
        <Typography variant="body2" color="error" sx={{ mt: 1 }}>
          {error}
        </Typography>
      )}
      {measure.breakdowns.length > 0 && (
        <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open} sx={{ mt: 0.5 }}>
          {open ? 'Hide breakdowns' : 'Breakdowns'}
        </Button>
      )}
      {open &&
        measure.breakdowns.map((id) => {
          const definition = breakdownById(id);
          return (
            <Stack key={id} component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1, gap: 0.5 }}>
              <Typography component="legend" variant="body2" sx={{ fontWeight: 600 }}>
                {definition.label} (adds up to the total, or leave all blank)
              </Typography>
              <Stack sx={{ display: 'grid', gap: 1, gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))' }}>
                {definition.cells.map((cell) => (
                  <TextField
                    key={cell.id}
                    size="small"
                    label={cell.label}
                    value={draft.breakdown[id]?.[cell.id] ?? ''}
                    onChange={(event) => setCell(id, cell.id, event.target.value)}
                    slotProps={{ htmlInput: { ...countProps, 'aria-label': `${measure.name}: ${definition.label}: ${cell.label}` } }}
                  />
                ))}
              </Stack>
            </Stack>
          );
        })}
    </Paper>
  );
}
