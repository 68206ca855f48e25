import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import type { ToggleButtonProps } from '@mui/material/ToggleButton';
import type { AttendanceStatus } from '../../../shared/contract';
import { attendanceMarks, attendanceStatusLabels } from './attendanceLabels';

interface AttendanceStatusToggleProps {
  name: string;
  status: AttendanceStatus;
  disabled: boolean;
  onMark: (status: AttendanceStatus) => void;
}

const markColors: Record<(typeof attendanceMarks)[number], Exclude<ToggleButtonProps['color'], 'standard' | undefined>> = {
  present: 'success',
  remote: 'info',
  excused: 'secondary',
  absent: 'warning',
};

/** The current mark is filled in its colour, so a list of marks reads at a glance (a tint alone was too faint). */
function selectedLook(mark: (typeof attendanceMarks)[number]) {
  const colour = markColors[mark];
  return { fontWeight: 700, bgcolor: `${colour}.main`, color: `${colour}.contrastText` };
}

/** One click marks a person present, remote, excused or absent; the pressed button is the current mark. */
export function AttendanceStatusToggle({ name, status, disabled, onMark }: AttendanceStatusToggleProps) {
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={status}
      disabled={disabled}
      aria-label={`Attendance of ${name}`}
      onChange={(_event, next: AttendanceStatus | null) => {
        if (next && next !== status) onMark(next);
      }}
    >
      {attendanceMarks.map((mark) => (
        <ToggleButton key={mark} value={mark} color={markColors[mark]} sx={{ px: 1.25, py: 0.25, '&.Mui-selected, &.Mui-selected:hover': selectedLook(mark) }}>
          {attendanceStatusLabels[mark]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
