import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RecoveryCodeCard } from '../../renderer/components/recoveryCode/RecoveryCodeCard';
import { renderWithProviders } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

describe('the recovery code screen', () => {
  it('lets the person continue only after they say the code is saved', async () => {
    const onContinue = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<RecoveryCodeCard code="ABCD-EFGH" coalitionName="Riverside" onContinue={onContinue} />);

    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect((continueButton as HTMLButtonElement).disabled).toBe(true);

    await user.click(screen.getByRole('checkbox', { name: 'I have saved this recovery code in a safe place' }));
    expect((continueButton as HTMLButtonElement).disabled).toBe(false);
    await user.click(continueButton);
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('prints and copies the code', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithProviders(<RecoveryCodeCard code="ABCD-EFGH" coalitionName="Riverside" onContinue={() => undefined} />);

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('ABCD-EFGH');
    expect(await screen.findByText(/Recovery code copied/)).toBeTruthy();
  });
});
