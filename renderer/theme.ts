import { createTheme, type Theme } from '@mui/material/styles';

/** System fonts only: nothing is fetched, and text looks native on every platform. */
const systemFontStack = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

/** A calm, muted teal with blue-grey surfaces; contrast checked against WCAG AA for text and controls. */
export function createAppTheme(mode: 'light' | 'dark'): Theme {
  const light = mode === 'light';
  return createTheme({
    palette: {
      mode,
      primary: { main: light ? '#2f6f73' : '#7fbfc2' },
      secondary: { main: light ? '#546e7a' : '#a7bcc6' },
      background: light
        ? { default: '#f4f7f8', paper: '#ffffff' }
        : { default: '#121a1d', paper: '#1a2428' },
    },
    shape: { borderRadius: 10 },
    typography: {
      fontFamily: systemFontStack,
      h1: { fontSize: '2rem', fontWeight: 600 },
      h2: { fontSize: '1.5rem', fontWeight: 600 },
      h3: { fontSize: '1.2rem', fontWeight: 600 },
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiTextField: { defaultProps: { fullWidth: true } },
    },
  });
}
