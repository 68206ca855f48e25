import { describe, expect, it, vi } from 'vitest';
import { createDesktopHostServices } from '../../../main/electron/desktopHostServices';

type Dialog = Parameters<typeof createDesktopHostServices>[0];
type ParentWindow = ReturnType<Parameters<typeof createDesktopHostServices>[1]>;

function dialogAnswering(answer: { canceled: boolean; filePaths: string[] }) {
  const showOpenDialog = vi.fn(async (..._args: unknown[]) => answer);
  return { dialog: { showOpenDialog } as unknown as Dialog, showOpenDialog };
}

describe('desktop host services', () => {
  it('says it is the desktop host and can pick folders', () => {
    expect(createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null).info).toEqual({
      kind: 'desktop',
      canPickFolders: true,
    });
  });

  it('returns the chosen folder from a folder dialog attached to the app window', async () => {
    const { dialog, showOpenDialog } = dialogAnswering({ canceled: false, filePaths: ['/home/coordinator/Coalition'] });
    const appWindow = { id: 1 } as unknown as ParentWindow;
    const host = createDesktopHostServices(dialog, () => appWindow);

    await expect(host.pickFolder('Where should the workspace live?')).resolves.toBe('/home/coordinator/Coalition');
    expect(showOpenDialog).toHaveBeenCalledExactlyOnceWith(appWindow, {
      title: 'Where should the workspace live?',
      properties: ['openDirectory', 'createDirectory'],
    });
  });

  it('returns null when the person cancels', async () => {
    const host = createDesktopHostServices(dialogAnswering({ canceled: true, filePaths: [] }).dialog, () => null);
    await expect(host.pickFolder()).resolves.toBeNull();
  });
});
