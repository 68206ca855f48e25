import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { PartnerFilePreview as Preview } from '../../../shared/contract';

const changeChips = {
  new: { label: 'New', color: 'success' },
  correction: { label: 'Correction', color: 'warning' },
  unchanged: { label: 'Already stored', color: 'default' },
} as const;

/** What a returned file would enter or correct, and what stops it, cell by cell. */
export function PartnerFilePreview({ preview }: { preview: Preview }) {
  const filled = preview.lines.filter((line) => line.change !== 'blank');
  const blank = preview.lines.length - filled.length;
  return (
    <Stack sx={{ gap: 1.5 }}>
      <Typography>
        <strong>{preview.organization.name}</strong>, {preview.period.label}: from “{preview.fileName}”.
      </Typography>
      {preview.problems.length > 0 && (
        <Alert severity="error" role="alert" aria-label="Problems in the file">
          <Typography sx={{ fontWeight: 600 }}>
            Nothing can be imported until these are corrected in the file ({preview.problems.length}). Ask the partner, or correct the file yourself, then
            choose it again.
          </Typography>
          <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
            {preview.problems.map((problem, index) => (
              <li key={index}>
                {problem.cell ? `Cell ${problem.cell}, ` : ''}
                {problem.where}: {problem.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {filled.length === 0 ? (
        <Typography color="text.secondary">Every figure in the file is blank.</Typography>
      ) : (
        <Table size="small" aria-label="Figures in the file">
          <TableHead>
            <TableRow>
              <TableCell>Measure</TableCell>
              <TableCell align="right">In the file</TableCell>
              <TableCell align="right">Stored now</TableCell>
              <TableCell>What happens</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {filled.map((line) => {
              const chip = changeChips[line.change as keyof typeof changeChips];
              return (
                <TableRow key={line.measureId}>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>
                    {line.measureName}
                    {line.earlierDefinition && (
                      <Typography variant="body2" color="text.secondary">
                        Counted under the definition in the file; it has changed since.
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell align="right">{line.now ? `${line.now.total} ${line.unit}` : ''}</TableCell>
                  <TableCell align="right">{line.was ? `${line.was.total} ${line.unit}` : '—'}</TableCell>
                  <TableCell>
                    <Chip size="small" variant="outlined" label={chip.label} color={chip.color} />
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {blank > 0 && (
        <Typography variant="body2" color="text.secondary">
          {blank === 1 ? '1 measure was' : `${blank} measures were`} left blank: nothing stored for {blank === 1 ? 'it' : 'them'} changes.
        </Typography>
      )}
      {preview.note && <Typography variant="body2">Note: {preview.note}</Typography>}
    </Stack>
  );
}
