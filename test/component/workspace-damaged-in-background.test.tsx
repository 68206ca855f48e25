import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/App';
import { answerChannels, captureEvents, renderWithProviders, sampleDetails, sampleWorkspace, unlockedStatus } from './support/host';

vi.mock('../../renderer/api', () => import('./support/apiMock'));

const recent = [{ name: sampleWorkspace.name, path: sampleWorkspace.path, lastOpenedAt: '2026-03-04T15:00:00.000Z' }];
const message =
  'A check of the whole workspace, run after it was unlocked, found damaged data. It was locked so that nothing more is saved into it. Restore it from a backup into a new workspace.';

describe('damage found by the background check after unlock', () => {
  it('takes the window from the dashboard to the damaged-workspace screen, with its backups', async () => {
    const push = captureEvents();
    answerChannels({ 'app.status': () => unlockedStatus(), 'workspace.details': () => sampleDetails });
    renderWithProviders(<App />);
    await screen.findByRole('heading', { level: 1, name: sampleWorkspace.name });

    answerChannels({
      'app.status': () => ({ ...unlockedStatus(), session: { state: 'locked' }, recent }),
      'workspace.listBackups': () => [
        { file: '/backups/one.cdbackup', createdAt: '2026-03-01T10:00:00.000Z', sizeBytes: 2048, reason: 'automatic', kind: 'automatic' },
      ],
    });
    push({ type: 'workspace.damaged', path: sampleWorkspace.path, message });
    push({ type: 'session.locked', reason: 'user' });

    await screen.findByRole('heading', { name: 'This workspace needs attention' });
    expect(screen.getByText(message)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Restore into a new workspace' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /delete/i })).toBeNull();
  });
});
