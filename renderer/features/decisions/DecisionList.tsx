import Delete from '@mui/icons-material/Delete';
import Edit from '@mui/icons-material/Edit';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Decision } from '../../../shared/contract';
import { ServedObjectives } from '../../components/plan/ServedObjectives';
import { decisionOutcomeLabels, motionWords } from './decisionLabels';

interface DecisionListProps {
  decisions: readonly Decision[];
  /** Without these the list is read-only (a closed record). */
  onEdit?: (decision: Decision) => void;
  onRemove?: (decision: Decision) => void;
}

/** Each decision with its outcome, the agenda item it belongs to, and the motion and vote when there was one. */
export function DecisionList({ decisions, onEdit, onRemove }: DecisionListProps) {
  return (
    <Stack component="ol" sx={{ listStyle: 'none', m: 0, p: 0, gap: 1.5 }}>
      {decisions.map((decision, index) => (
        <Stack component="li" key={decision.id} direction="row" sx={{ gap: 1, alignItems: 'flex-start', borderLeft: 3, borderColor: 'primary.main', pl: 1.5 }}>
          <Stack sx={{ gap: 0.5, flex: 1, minWidth: 0 }}>
            <Typography sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              <Typography component="span" sx={{ fontWeight: 700 }}>
                Decision {index + 1}:
              </Typography>{' '}
              {decision.text}
            </Typography>
            <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip
                size="small"
                label={decisionOutcomeLabels[decision.outcome]}
                color={decision.outcome === 'rejected' ? 'default' : 'success'}
                variant={decision.outcome === 'tabled' ? 'outlined' : 'filled'}
              />
              {decision.agendaItemTitle && (
                <Typography variant="body2" color="text.secondary">
                  On: {decision.agendaItemTitle}
                </Typography>
              )}
            </Stack>
            {decision.motion && (
              <Typography variant="body2" color="text.secondary">
                {motionWords(decision.motion)}
              </Typography>
            )}
            <ServedObjectives kind="decision" id={decision.id} />
          </Stack>
          {onEdit && (
            <IconButton aria-label={`Edit decision ${index + 1}`} size="small" onClick={() => onEdit(decision)}>
              <Edit fontSize="small" />
            </IconButton>
          )}
          {onRemove && (
            <IconButton aria-label={`Remove decision ${index + 1}`} size="small" onClick={() => onRemove(decision)}>
              <Delete fontSize="small" />
            </IconButton>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
