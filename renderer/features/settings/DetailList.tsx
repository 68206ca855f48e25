import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** A short term/description list, laid out as two columns on wide screens. */
export function DetailList({ items }: { items: { term: string; description: string }[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'max-content 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}>
      {items.map(({ term, description }) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, wordBreak: 'break-all' }}>
            {description}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
