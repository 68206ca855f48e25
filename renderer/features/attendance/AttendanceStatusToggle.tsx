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

const markColors: Record<(typeof attendanceMarks)[number], ToggleButtonProps['color']> = {
  present: 'success',
  remote: 'info',
  excused: 'secondary',
  absent: 'warning',
};

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
        <ToggleButton key={mark} value={mark} color={markColors[mark]} sx={{ px: 1.25, py: 0.25, '&.Mui-selected': { fontWeight: 700 } }}>
          {attendanceStatusLabels[mark]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
