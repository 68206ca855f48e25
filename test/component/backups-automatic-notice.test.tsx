import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { answerChannels, callsTo, captureEvents, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

async function openWorkspace() {
  answerChannels({ 'app.status': () => unlockedStatus(), 'workspace.details': () => sampleDetails });
  renderWithProviders(<App />);
  await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });
}

describe('the automatic backup after unlocking', () => {
  it('stays quiet when saved (the details are read again) and warns with the reason when it failed', async () => {
    const push = captureEvents();
    await openWorkspace();
    const detailsReads = callsTo('workspace.details').length;

    act(() => push({ type: 'backup.automatic', outcome: 'saved', message: 'Automatic backup saved.' }));
    await vi.waitFor(() => expect(callsTo('workspace.details').length).toBeGreaterThan(detailsReads));
    expect(screen.queryByText('Automatic backup saved.')).toBeNull();

    const failure = 'The automatic backup could not be saved. The backup folder /media/usb is not available.';
    act(() => push({ type: 'backup.automatic', outcome: 'failed', message: failure }));
    expect(await screen.findByText(failure)).toBeTruthy();
  });
});
