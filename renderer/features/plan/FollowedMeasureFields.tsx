import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type FigureSpan, figureSpanLabels } from '../../../shared/planStatus';
import { invoke } from '../../api';
import { ChoicePicker } from '../../components/ChoicePicker';
import { ChoiceGroup } from '../../components/forms/ChoiceGroup';
import { planKeys } from '../../components/plan/planQueries';

interface FollowedMeasureFieldsProps {
  measure: { id: string; name: string } | null;
  span: FigureSpan;
  /** Set when the measure followed now was switched off on the Data page. */
  switchedOff: boolean;
  error: string | undefined;
  onMeasure: (measure: { id: string; name: string }) => void;
  onSpan: (span: FigureSpan) => void;
}

/** Which catalogue measure progress follows (found by typing a few words of its name), and what of it is counted. */
export function FollowedMeasureFields({ measure, span, switchedOff, error, onMeasure, onSpan }: FollowedMeasureFieldsProps) {
  return (
    <Stack sx={{ gap: 1.5, pl: 2, borderLeft: 3, borderColor: 'divider' }}>
      <Typography>
        {measure ? (
          <>
            Follows the figures of <strong>{measure.name}</strong>, added up over every organization that reports it.
          </>
        ) : (
          'Choose the measure from the data catalogue whose figures progress follows.'
        )}
      </Typography>
      {switchedOff && (
        <Alert severity="warning">
          This measure is switched off on the Data page, so progress has stopped following it. Switch its set on again there, or choose another measure.
        </Alert>
      )}
      <ChoicePicker
        label={measure ? 'Choose another measure' : 'Measure from the data catalogue'}
        none="No switched-on measure has those words. Switch a set on, or add a measure, on the Data page."
        queryKey={planKeys.measureChoices()}
        fetchChoices={(text) => invoke('plan.measureChoices', { text })}
        onPick={(choice) => onMeasure({ id: choice.id, name: choice.label })}
      />
      {error && (
        <Typography color="error" variant="body2" role="alert">
          {error}
        </Typography>
      )}
      <ChoiceGroup label="Count" value={span} onChange={onSpan} options={figureSpanLabels} />
      <Typography variant="body2" color="text.secondary">
        {span === 'year'
          ? 'For counts that add up, such as people trained this year: every period of the year so far, in the year of the target date at the latest.'
          : 'For counts per period, such as youth identified per quarter: the newest period that has ended and has figures.'}
      </Typography>
    </Stack>
  );
}
