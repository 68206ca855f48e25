import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from '../../../main/electron/applicationMenu';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const roles = (template: ReturnType<typeof applicationMenuTemplate>): unknown[] =>
  JSON.parse(JSON.stringify(template, (key, value: unknown) => (key === 'click' ? undefined : value))) as unknown[];

describe('application menu', () => {
  const actions = { lockWorkspace: vi.fn() };

  it('offers developer tools only in unpackaged builds', () => {
    expect(JSON.stringify(roles(applicationMenuTemplate(actions, 'linux', true)))).not.toContain('toggleDevTools');
    expect(JSON.stringify(roles(applicationMenuTemplate(actions, 'linux', false)))).toContain('toggleDevTools');
  });

  it('has the macOS app menu only on macOS', () => {
    expect(applicationMenuTemplate(actions, 'darwin', true)[0]).toEqual({ role: 'appMenu' });
    expect(JSON.stringify(roles(applicationMenuTemplate(actions, 'win32', true)))).not.toContain('appMenu');
  });
});
