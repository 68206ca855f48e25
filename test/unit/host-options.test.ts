import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../main/hosts/defaultDataDir';
import { parseWebArgs } from '../../main/web/webArgs';
import { workspaceFolderName } from '../../main/workspace/workspaceFiles';

describe('browser-mode options', () => {
  it('reads --port, --no-open and --data-dir, and opens the browser by default', () => {
    expect(parseWebArgs([])).toEqual({
      port: undefined,
      database: undefined,
      coalitionName: undefined,
      sample: false,
      open: true,
      dataDir: undefined,
      rendererDir: undefined,
    });
    expect(parseWebArgs(['--no-open', '--port', '4321', '--data-dir', '/tmp/x'])).toMatchObject({ port: 4321, open: false, dataDir: '/tmp/x' });
  });

  it('refuses unknown options and bad ports with the usage line', () => {
    expect(() => parseWebArgs(['--prot', '1'])).toThrow(/Unknown option --prot\. Usage/);
    expect(() => parseWebArgs(['--port', 'eighty'])).toThrow(/--port must be a number/);
    expect(() => parseWebArgs(['--port', '70000'])).toThrow(/--port must be a number/);
    expect(() => parseWebArgs(['--port'])).toThrow(/--port needs a value/);
  });
});

describe('where workspaces go', () => {
  it('uses the same data folder as the desktop app on each platform', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/a/.config' })).toBe(path.join('/home/a/.config', 'Coalition Desk'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' })).toContain('Coalition Desk');
    expect(defaultDataDir('darwin', {})).toMatch(/Library[\\/]Application Support[\\/]Coalition Desk$/);
  });

  it('names the folder after the coalition, safely on every platform', () => {
    expect(workspaceFolderName('Lane County Youth Safety Coalition')).toBe('Lane County Youth Safety Coalition.coalition');
    expect(workspaceFolderName('A/B: "C" <D>|E?*')).toBe('A B C D E.coalition');
    expect(workspaceFolderName('..\\..\\etc')).toBe('etc.coalition');
    expect(workspaceFolderName('...')).toBe('Coalition.coalition');
    expect(workspaceFolderName('CON')).toBe('Coalition CON.coalition');
    expect(workspaceFolderName('Task force. ')).toBe('Task force.coalition');
    expect(workspaceFolderName('Coalición Muñoz')).toBe('Coalición Muñoz.coalition');
    expect(workspaceFolderName('x'.repeat(300))).toHaveLength(80 + '.coalition'.length);
  });
});
