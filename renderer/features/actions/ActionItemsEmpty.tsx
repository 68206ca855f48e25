import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

/** No items at all, or none that pass the filters: say which, and offer the way on. */
export function ActionItemsEmpty({ filtered, onClear, onAdd }: { filtered: boolean; onClear: () => void; onAdd: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center', display: 'grid', gap: 1.5, justifyItems: 'center' }}>
      <Typography variant="h3" component="h2">
        {filtered ? 'Nothing matches these filters' : 'No action items yet'}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 520 }}>
        {filtered
          ? 'Try fewer filters, or clear them to see every action item.'
          : 'Action items are the follow-up of your meetings: who does what by when. Capture them while a meeting runs, or add one here.'}
      </Typography>
      {filtered ? (
        <Button variant="outlined" onClick={onClear}>
          Clear filters
        </Button>
      ) : (
        <Button variant="outlined" onClick={onAdd}>
          Add action item
        </Button>
      )}
    </Paper>
  );
}
