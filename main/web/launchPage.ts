import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The page that carries the launch link to the browser. A browser opened with the link itself would show the token
 * to every local user in its command line (`ps`, /proc). Instead the page is written into a new folder only this
 * user can enter (0700), readable only by this user (0600), and the browser is given its path; the page forwards
 * to the link with a meta refresh, which keeps the `#token=…` fragment. It is removed soon after.
 */
export interface LaunchPage {
  file: string;
  remove(): void;
}

export function writeLaunchPage(url: string, tempRoot = os.tmpdir()): LaunchPage {
  const folder = fs.mkdtempSync(path.join(tempRoot, 'coalition-desk-open-'));
  fs.chmodSync(folder, 0o700);
  const file = path.join(folder, 'open-coalition-desk.html');
  fs.writeFileSync(file, launchPageHtml(url), { mode: 0o600, flag: 'wx' });
  return { file, remove: () => fs.rmSync(folder, { recursive: true, force: true }) };
}

export function launchPageHtml(url: string): string {
  const href = escapeAttribute(url);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<meta http-equiv="refresh" content="0;url=${href}">
<title>Opening Coalition Desk</title>
</head>
<body>
<p>Opening Coalition Desk… If nothing happens, <a href="${href}">open it here</a>, or use the link shown where you started it.</p>
</body>
</html>
`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
