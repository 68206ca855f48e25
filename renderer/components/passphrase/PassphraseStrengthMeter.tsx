import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { StrengthLabel } from './passphraseStrength';
import { usePassphraseStrength } from './usePassphraseStrength';

const colorFor: Record<StrengthLabel, 'error' | 'info' | 'success'> = {
  weak: 'error',
  good: 'info',
  strong: 'success',
};

interface PassphraseStrengthMeterProps {
  passphrase: string;
  /** Words the passphrase should not lean on, such as the coalition's name. */
  userInputs?: readonly string[];
}

export function PassphraseStrengthMeter({ passphrase, userInputs }: PassphraseStrengthMeterProps) {
  const strength = usePassphraseStrength(passphrase, userInputs);
  const value = strength ? (strength.score + 1) * 20 : 0;
  const label = strength?.label;

  return (
    <Box>
      <LinearProgress
        variant="determinate"
        value={value}
        color={label ? colorFor[label] : 'inherit'}
        aria-label="Passphrase strength"
        aria-valuetext={label ?? 'not rated yet'}
        sx={{ height: 6, borderRadius: 3 }}
      />
      <Typography variant="body2" aria-live="polite" sx={{ mt: 0.5 }}>
        {label ? `Strength: ${label}` : 'Strength: not rated yet'}
      </Typography>
      {strength?.hints.map((hint) => (
        <Typography key={hint} variant="body2" color="text.secondary">
          {hint}
        </Typography>
      ))}
    </Box>
  );
}
