import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useId, useState, type ReactNode } from 'react';
import type { MeetingDetail } from '../../../shared/contract';
import { AttendancePanel } from '../attendance/AttendancePanel';
import { MeetingOutcomes } from '../decisions/MeetingOutcomes';
import { AgendaSection } from './agenda/AgendaSection';
import { MeetingHistory } from './MeetingHistory';

const sections = ['Agenda', 'Attendance', 'Outcomes', 'History'] as const;
type Section = (typeof sections)[number];

/** The meeting's record in tabs (arrow keys move between them): agenda, attendance, outcomes, history. */
export function MeetingSections({ detail }: { detail: MeetingDetail }) {
  const [section, setSection] = useState<Section>('Agenda');
  const baseId = useId();
  const content: Record<Section, ReactNode> = {
    Agenda: <AgendaSection detail={detail} />,
    Attendance: <AttendancePanel detail={detail} />,
    Outcomes: <MeetingOutcomes detail={detail} />,
    History: <MeetingHistory detail={detail} />,
  };
  return (
    <Card>
      <Tabs
        value={section}
        onChange={(_event, next: Section) => setSection(next)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Meeting record"
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        {sections.map((name) => (
          <Tab key={name} value={name} label={name} id={`${baseId}-tab-${name}`} aria-controls={`${baseId}-panel-${name}`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${baseId}-panel-${section}`} aria-labelledby={`${baseId}-tab-${section}`} sx={{ p: { xs: 1.5, sm: 2 } }}>
        {content[section]}
      </Box>
    </Card>
  );
}
