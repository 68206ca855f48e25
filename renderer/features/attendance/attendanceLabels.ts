import type { AttendanceStatus } from '../../../shared/contract';

/** The marks a facilitator gives, in the order the buttons show them. */
export const attendanceMarks = ['present', 'remote', 'excused', 'absent'] as const satisfies readonly AttendanceStatus[];

export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  invited: 'Not marked yet',
  present: 'Present',
  remote: 'Remote',
  excused: 'Excused',
  absent: 'Absent',
};
