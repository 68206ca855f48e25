import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveNativeBinding } from '../../../main/electron/nativeBinding';

const location = {
  electronVersion: '43.8.12',
  isPackaged: false,
  resourcesPath: '/opt/Coalition Desk/resources',
  appRoot: '/home/dev/coalition-desk',
};

describe('resolveNativeBinding', () => {
  it("finds the Electron build in the project's native/ folder when unpackaged", () => {
    const expected = path.join('/home/dev/coalition-desk', 'native', 'electron-43.8.12', 'better_sqlite3.node');
    expect(resolveNativeBinding(location, (file) => file === expected)).toBe(expected);
  });

  it('finds it among the resources when packaged', () => {
    const expected = path.join('/opt/Coalition Desk/resources', 'native', 'electron-43.8.12', 'better_sqlite3.node');
    expect(resolveNativeBinding({ ...location, isPackaged: true }, (file) => file === expected)).toBe(expected);
  });

  it('answers undefined and says how to build it when it is missing', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(resolveNativeBinding(location, () => false)).toBeUndefined();
    expect(log).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('npm run electron:native'));
    log.mockRestore();
  });
});
