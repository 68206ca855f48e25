import Add from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { Catalogue } from '../../../shared/contract';
import { MeasureFormDialog } from './MeasureFormDialog';
import { breakdownsOf, periodKindLabel, reportedBy, setLabel } from './measureLabels';

/** The measures switched on, each with its definition in words: what is counted, how often, by whom. */
export function CataloguePanel({ catalogue }: { catalogue: Catalogue }) {
  const [adding, setAdding] = useState(false);
  const active = catalogue.measures.filter((measure) => measure.active);
  const names = new Map(catalogue.measures.map((measure) => [measure.id, measure.name]));
  return (
    <Stack component="section" aria-labelledby="catalogue-heading" sx={{ gap: 1.5 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography id="catalogue-heading" variant="h2">
          Measures in use ({active.length})
        </Typography>
        <Button startIcon={<Add />} onClick={() => setAdding(true)}>
          Add a measure
        </Button>
      </Stack>
      {active.length === 0 ? (
        <Typography color="text.secondary">No measures are switched on. Switch on a set above, or add the coalition’s own measure.</Typography>
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" aria-label="Measures in use">
            <TableHead>
              <TableRow>
                <TableCell sx={{ minWidth: 260 }}>Measure and definition</TableCell>
                <TableCell>Period</TableCell>
                <TableCell sx={{ minWidth: 160 }}>Reported by</TableCell>
                <TableCell sx={{ minWidth: 140 }}>Breakdowns</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {active.map((measure) => (
                <TableRow key={measure.id}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
                      {measure.name}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                      {measure.definition}
                    </Typography>
                    <Stack direction="row" sx={{ gap: 0.5, mt: 0.5, flexWrap: 'wrap' }}>
                      <Chip size="small" variant="outlined" label={setLabel(measure)} />
                      {measure.definitionVersion > 1 && <Chip size="small" variant="outlined" label={`Definition version ${measure.definitionVersion}`} />}
                      {measure.within24hOf && (
                        <Chip size="small" variant="outlined" label={`Within 24 hours of: ${names.get(measure.within24hOf) ?? 'another measure'}`} />
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>{periodKindLabel[measure.period]}</TableCell>
                  <TableCell>{reportedBy(measure)}</TableCell>
                  <TableCell>{breakdownsOf(measure)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {adding && <MeasureFormDialog catalogue={catalogue} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
