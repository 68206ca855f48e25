import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface FieldListItem {
  term: string;
  description: ReactNode;
}

/** A record's fields as a term/description list; empty fields say "Not given" rather than vanish. */
export function FieldList({ items }: { items: readonly FieldListItem[] }) {
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { sm: 'minmax(10rem, max-content) 1fr' }, columnGap: 3, rowGap: 1, m: 0 }}>
      {items.map(({ term, description }) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" sx={{ m: 0, mb: { xs: 1, sm: 0 }, overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
            {description === '' || description === null || description === undefined ? (
              <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                Not given
              </Box>
            ) : (
              description
            )}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
