import GlobalStyles from '@mui/material/GlobalStyles';

/** When printing, only the block marked data-print-area appears: the coalition name and its recovery code. */
export function RecoveryCodePrintStyles() {
  return (
    <GlobalStyles
      styles={{
        '[data-print-area]': { display: 'none' },
        '@media print': {
          'body *': { visibility: 'hidden' },
          '[data-print-area], [data-print-area] *': { visibility: 'visible' },
          '[data-print-area]': {
            display: 'block',
            position: 'fixed',
            inset: 0,
            padding: '2cm',
            background: '#fff',
            color: '#000',
          },
        },
      }}
    />
  );
}
