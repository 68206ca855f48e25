import { expect, it, vi } from 'vitest';
import { createCoalitionDesk } from '../../../main/app/createCoalitionDesk';
import { FakeBrowserWindow, fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);
vi.mock('../../../main/app/createCoalitionDesk', () => ({ createCoalitionDesk: vi.fn() }));

it('a second instance quits without opening the workspace or a window', async () => {
  fakeElectron.app.requestSingleInstanceLock.mockReturnValue(false);
  await import('../../../main/electron/main');
  await Promise.resolve();

  expect(fakeElectron.app.quit).toHaveBeenCalledOnce();
  expect(fakeElectron.app.whenReady).not.toHaveBeenCalled();
  expect(createCoalitionDesk).not.toHaveBeenCalled();
  expect(FakeBrowserWindow.created).toHaveLength(0);
});
