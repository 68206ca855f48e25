import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { Preferences } from '../../../shared/contract';
import { errorMessage } from '../../components/errorMessage';
import { useMeetingChange, usePreferences } from '../../components/meetings/meetingQueries';
import { useNotify } from '../../components/notifications/NotificationContext';
import { SectionCard } from '../../components/SectionCard';
import { MyMemberPicker } from '../actions/MyMemberPicker';
import { TimeZonePicker } from '../../components/time/TimeZonePicker';
import { type DateStyle, dateStyleExample, dateStyles } from '../../../shared/dateFormat';
import { OptionSelect } from '../directory/OptionSelect';
import { QuorumRuleForm } from './QuorumRuleForm';

/** Quorum, the time zone new meetings start in, the date style, and who "I" am for My items. */
export function MeetingsSection() {
  const preferences = usePreferences();
  return (
    <SectionCard title="Meetings">
      {preferences.isPending && <CircularProgress aria-label="Loading meeting settings" />}
      {preferences.isError && <Alert severity="error">{errorMessage(preferences.error)}</Alert>}
      {preferences.data && <MeetingSettings preferences={preferences.data} />}
    </SectionCard>
  );
}

function MeetingSettings({ preferences }: { preferences: Preferences }) {
  const { notify, notifyError } = useNotify();
  const setTimeZone = useMeetingChange('preferences.setTimeZone', {
    onSuccess: (saved) => notify(`New meetings now start in ${saved.timeZone.replaceAll('_', ' ')} time.`, 'success'),
    onError: notifyError,
  });
  const shownZone = setTimeZone.isPending ? setTimeZone.variables.timeZone : preferences.timeZone;
  const setDateStyle = useMeetingChange('preferences.setDateStyle', {
    onSuccess: (saved) => notify(`Dates now read like ${dateStyleExample(saved.dateStyle)}, in the app and in exports.`, 'success'),
    onError: notifyError,
  });
  const shownStyle = setDateStyle.isPending ? setDateStyle.variables.dateStyle : preferences.dateStyle;

  return (
    <>
      <Typography>Quorum is how many voting members must be present for the meeting to take decisions; the meeting page shows it live.</Typography>
      <QuorumRuleForm rule={preferences.quorumRule} />
      <Box sx={{ maxWidth: 420 }}>
        <TimeZonePicker label="Time zone for new meetings" value={shownZone} onChange={(timeZone) => timeZone && setTimeZone.mutate({ timeZone })} />
      </Box>
      <Box sx={{ maxWidth: 420 }}>
        <OptionSelect
          label="Date style"
          value={shownStyle}
          onChange={(dateStyle) => setDateStyle.mutate({ dateStyle })}
          options={Object.fromEntries(dateStyles.map((style) => [style, dateStyleExample(style)])) as Record<DateStyle, string>}
          helperText="How dates are written on every page and in exported records."
        />
      </Box>
      <Box sx={{ maxWidth: 420 }}>
        <MyMemberPicker helperText="Who you are in this workspace, so your own action items can come first." />
      </Box>
    </>
  );
}
