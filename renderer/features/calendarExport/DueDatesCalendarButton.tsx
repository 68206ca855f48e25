import EventAvailable from '@mui/icons-material/EventAvailable';
import Button from '@mui/material/Button';
import type { ExportRequest } from '../../../shared/contract';
import { useExportJob } from '../exportJobs/useExportJob';

type DueDatesQuery = Extract<ExportRequest, { kind: 'due-dates-calendar' }>['query'];

/** "Due dates to calendar": the due dates of the items the page's filters select, as all-day events. */
export function DueDatesCalendarButton({ query }: { query: DueDatesQuery }) {
  const { startExport, exportDialog } = useExportJob();
  return (
    <>
      <Button variant="outlined" startIcon={<EventAvailable />} onClick={() => startExport({ kind: 'due-dates-calendar', query })}>
        Due dates to calendar
      </Button>
      {exportDialog}
    </>
  );
}
