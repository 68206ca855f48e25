import { beforeEach, describe, expect, it, vi } from 'vitest';
import { restrictPermissions, hardenWebContents, isTrustedSender, secureWebPreferences } from '../../../main/electron/security';
import { FakeSession, FakeWebContents, fakeElectron, navigationEvent } from './fakeElectron';
import { expectedWebPreferences } from './expectedWebPreferences';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

type Contents = Parameters<typeof hardenWebContents>[0];
type Frame = Parameters<typeof isTrustedSender>[0];

function hardenedContents(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as Contents);
  return contents;
}

function frame(url: string, parent: object | null = null): Frame {
  return { url, parent } as unknown as Frame;
}

beforeEach(() => {
  fakeElectron.shell.openExternal.mockClear();
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and switches off everything a web page does not need', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toEqual(expectedWebPreferences('/app/preload.cjs'));
  });
});

describe('hardenWebContents', () => {
  const foreignUrls = [
    'https://example.com/',
    'http://coalition-desk/index.html',
    'file:///etc/passwd',
    'app://coalition-desk.evil.example/index.html',
    'app://coalition-desk:8080/index.html',
    'app://user@coalition-desk/index.html',
    'javascript:alert(1)',
    'not a url',
  ];

  for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
    it.each(foreignUrls)(`${event} is prevented for %s`, (url) => {
      const navigation = navigationEvent(url);
      hardenedContents().emit(event, navigation);
      expect(navigation.defaultPrevented).toBe(true);
    });

    it(`${event} within the app's own origin goes ahead`, () => {
      const navigation = navigationEvent('app://coalition-desk/index.html#/meetings');
      hardenedContents().emit(event, navigation);
      expect(navigation.defaultPrevented).toBe(false);
    });
  }

  it('refuses to attach webviews', () => {
    const attach = navigationEvent('https://example.com/');
    hardenedContents().emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
  });

  it.each(['https://example.com/guide', 'mailto:coordinator@example.org'])('denies window.open(%s) and hands the link to the system', (url) => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
  });

  it.each([
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'app://coalition-desk/index.html',
    'garbage',
  ])('denies window.open(%s) without opening anything', (url) => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('restrictPermissions', () => {
  it('answers no to every permission request and every permission check', () => {
    const session = new FakeSession();
    restrictPermissions(session as unknown as Parameters<typeof restrictPermissions>[0]);

    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(null, permission, callback, { requestingUrl: 'app://coalition-desk/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.(null, permission, 'app://coalition-desk', {})).toBe(false);
    }
  });

  it('lets only the app itself write to the clipboard, for the recovery code Copy button', () => {
    const session = new FakeSession();
    restrictPermissions(session as unknown as Parameters<typeof restrictPermissions>[0]);
    const allowed = vi.fn();
    session.permissionRequestHandler?.(null, 'clipboard-sanitized-write', allowed, { requestingUrl: 'app://coalition-desk/index.html' });
    expect(allowed).toHaveBeenCalledExactlyOnceWith(true);
    const foreign = vi.fn();
    session.permissionRequestHandler?.(null, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://attacker.example/' });
    expect(foreign).toHaveBeenCalledExactlyOnceWith(false);
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'app://coalition-desk', {})).toBe(true);
    expect(session.permissionCheckHandler?.(null, 'clipboard-sanitized-write', 'https://attacker.example', {})).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it("trusts only the app's own main frame", () => {
    expect(isTrustedSender(frame('app://coalition-desk/index.html'))).toBe(true);
  });

  it.each([
    ['a foreign origin', frame('https://evil.example/index.html')],
    ['a file:// page', frame('file:///home/user/index.html')],
    ['a look-alike host', frame('app://coalition-desk.evil.example/index.html')],
    ['another port', frame('app://coalition-desk:1234/index.html')],
    ['a subframe of the app', frame('app://coalition-desk/index.html', frame('app://coalition-desk/index.html') as object)],
    ['a destroyed frame', null],
    ['no frame at all', undefined],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender)).toBe(false);
  });
});
