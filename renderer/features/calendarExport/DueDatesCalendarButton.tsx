import EventAvailable from '@mui/icons-material/EventAvailable';
import Button from '@mui/material/Button';
import type { ActionQuery } from '../../../shared/contract';
import { useExportJob } from '../../components/exportJobs/useExportJob';

/** "Due dates to calendar": the due dates of the items the page's filters select, as all-day events. */
export function DueDatesCalendarButton({ query, disabled }: { query: ActionQuery; disabled?: boolean }) {
  const { startExport, exportDialog, busy } = useExportJob();
  const { offset: _offset, limit: _limit, groupBy: _groupBy, ...filters } = query;
  return (
    <>
      <Button startIcon={<EventAvailable />} onClick={() => startExport({ kind: 'due-dates-calendar', query: filters })} disabled={disabled || busy}>
        Due dates to calendar
      </Button>
      {exportDialog}
    </>
  );
}
