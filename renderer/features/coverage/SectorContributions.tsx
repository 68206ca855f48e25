import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { sectorContributions, type SectorContribution } from '../../../shared/sectorContributions';
import type { SectorId } from '../../../shared/stakeholderSectors';

const headings: Record<keyof SectorContribution, string> = {
  services: 'Services to young people',
  identification: 'Identifying and responding',
  other: 'Other contributions',
};

/** What a sector usually brings to the table, folded away until asked for. */
export function SectorContributions({ sector }: { sector: SectorId }) {
  const contribution = sectorContributions[sector] as SectorContribution | undefined;
  const parts = (Object.keys(headings) as (keyof SectorContribution)[]).filter((key) => contribution?.[key]);
  if (!contribution || parts.length === 0) return null;
  return (
    <Accordion disableGutters elevation={0} sx={{ bgcolor: 'transparent', '&::before': { display: 'none' } }}>
      <AccordionSummary expandIcon={<ExpandMore />} sx={{ px: 0 }}>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          What this sector usually brings
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ px: 0, pt: 0 }}>
        <Box component="dl" sx={{ m: 0 }}>
          {parts.map((key) => (
            <Box key={key} sx={{ mb: 1 }}>
              <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
                {headings[key]}
              </Typography>
              <Typography component="dd" variant="body2" color="text.secondary" sx={{ m: 0 }}>
                {contribution[key]}
              </Typography>
            </Box>
          ))}
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
