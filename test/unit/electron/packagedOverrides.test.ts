import { afterAll, describe, expect, it, vi } from 'vitest';
import { USER_DATA_DIR_VARIABLE, userDataDirOverride } from '../../../main/electron/testOverrides';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);
vi.mock('../../../main/app/createCoalitionDesk', () => ({ createCoalitionDesk: vi.fn() }));

const previous = process.env[USER_DATA_DIR_VARIABLE];
afterAll(() => {
  if (previous === undefined) delete process.env[USER_DATA_DIR_VARIABLE];
  else process.env[USER_DATA_DIR_VARIABLE] = previous;
});

describe('test-only overrides', () => {
  it('the data folder from the environment is honoured only when unpackaged', () => {
    const env = { [USER_DATA_DIR_VARIABLE]: '/tmp/elsewhere' };
    expect(userDataDirOverride(env, false)).toBe('/tmp/elsewhere');
    expect(userDataDirOverride(env, true)).toBeUndefined();
    expect(userDataDirOverride({}, false)).toBeUndefined();
  });

  it('a packaged app keeps its own data folder whatever the environment says', async () => {
    fakeElectron.app.isPackaged = true;
    process.env[USER_DATA_DIR_VARIABLE] = '/tmp/attacker-chosen';
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await import('../../../main/electron/main');

    expect(fakeElectron.app.setName).toHaveBeenCalledWith('Coalition Desk');
    expect(fakeElectron.app.setPath).not.toHaveBeenCalledWith('userData', expect.anything());
  });
});
