import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PassphraseStrengthMeter } from '../../renderer/components/passphrase/PassphraseStrengthMeter';

describe('the passphrase strength meter', () => {
  it('rates a guessable passphrase weak and a long unusual one strong', async () => {
    const { rerender } = render(<PassphraseStrengthMeter passphrase="" />);
    expect(screen.getByText('Strength: not rated yet')).toBeTruthy();

    rerender(<PassphraseStrengthMeter passphrase="password1234" />);
    expect(await screen.findByText('Strength: weak')).toBeTruthy();
    const weakValue = Number(screen.getByRole('progressbar', { name: 'Passphrase strength' }).getAttribute('aria-valuenow'));

    rerender(<PassphraseStrengthMeter passphrase="tangerine lighthouse quietly 47 bicycles" />);
    expect(await screen.findByText('Strength: strong')).toBeTruthy();
    const strongValue = Number(screen.getByRole('progressbar', { name: 'Passphrase strength' }).getAttribute('aria-valuenow'));
    expect(strongValue).toBeGreaterThan(weakValue);
  });

  it('never calls a passphrase under 12 characters more than weak', async () => {
    render(<PassphraseStrengthMeter passphrase="Zq8#vT1!pw" />);
    expect(await screen.findByText('Strength: weak')).toBeTruthy();
  });

  it('gives a hint for a common passphrase', async () => {
    render(<PassphraseStrengthMeter passphrase="password1234" />);
    await screen.findByText('Strength: weak');
    expect(screen.getAllByText(/common|guess|word/i).length).toBeGreaterThan(0);
  });
});
