import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { OptionSelect } from '../directory/OptionSelect';
import { monthlyRuleFor, type MeetingDraft, type RepeatChoice } from './meetingDraft';

const repeatLabels: Record<RepeatChoice, string> = {
  none: 'Does not repeat',
  weekly: 'Every week or every few weeks',
  'monthly-weekday': 'Monthly on a weekday (e.g. the second Tuesday)',
};

const ordinalLabels: Record<MeetingDraft['ordinal'], string> = { '1': 'First', '2': 'Second', '3': 'Third', '4': 'Fourth', '-1': 'Last' };

export const weekdayLabels: Record<string, string> = {
  '1': 'Monday',
  '2': 'Tuesday',
  '3': 'Wednesday',
  '4': 'Thursday',
  '5': 'Friday',
  '6': 'Saturday',
  '7': 'Sunday',
};

interface RepeatFieldsProps {
  draft: MeetingDraft;
  set: <K extends keyof MeetingDraft & string>(key: K, value: MeetingDraft[K]) => void;
  errorOf: (key: string) => string | undefined;
}

/** "Repeats": none, every N weeks, or monthly on the Nth weekday; then how many meetings the series has. */
export function RepeatFields({ draft, set, errorOf }: RepeatFieldsProps) {
  const chooseRepeat = (repeat: RepeatChoice) => {
    set('repeat', repeat);
    const rule = repeat === 'monthly-weekday' ? monthlyRuleFor(draft.date) : null;
    if (rule) {
      set('ordinal', rule.ordinal);
      set('weekday', rule.weekday);
    }
  };
  return (
    <Stack sx={{ gap: 2 }}>
      <OptionSelect label="Repeats" value={draft.repeat} onChange={chooseRepeat} options={repeatLabels} error={errorOf('recurrence')} />
      {draft.repeat === 'weekly' && (
        <TextField
          label="Every how many weeks"
          type="number"
          value={draft.interval}
          onChange={(event) => set('interval', event.target.value)}
          error={Boolean(errorOf('recurrence.interval'))}
          helperText={errorOf('recurrence.interval') ?? '1 = every week, 2 = every other week.'}
          slotProps={{ htmlInput: { min: 1, max: 12 } }}
        />
      )}
      {draft.repeat === 'monthly-weekday' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2 }}>
          <OptionSelect
            label="On the"
            value={draft.ordinal}
            onChange={(value) => set('ordinal', value)}
            options={ordinalLabels}
            error={errorOf('recurrence.ordinal')}
          />
          <OptionSelect
            label="Weekday"
            value={draft.weekday}
            onChange={(value) => set('weekday', value)}
            options={weekdayLabels}
            error={errorOf('recurrence.weekday')}
          />
        </Stack>
      )}
      {draft.repeat !== 'none' && (
        <TextField
          label="Number of meetings"
          type="number"
          value={draft.count}
          onChange={(event) => set('count', event.target.value)}
          error={Boolean(errorOf('recurrence.count'))}
          helperText={errorOf('recurrence.count') ?? 'Including this first one; you can add more later.'}
          slotProps={{ htmlInput: { min: 2, max: 60 } }}
        />
      )}
      {draft.repeat === 'monthly-weekday' && (
        <Typography variant="body2" color="text.secondary">
          Meets on the {ordinalLabels[draft.ordinal].toLowerCase()} {weekdayLabels[draft.weekday]} of each month.
        </Typography>
      )}
    </Stack>
  );
}
