import { connectionKind } from '../../api';

/**
 * Hands a `mailto:` draft to the person's mail program. The desktop window opens outside links through its
 * window-open handler (only https and mailto reach the system); a browser hands a mailto location to the mail
 * program and stays on the page.
 */
export function openMailDraft(mailto: string): void {
  if (connectionKind() === 'desktop') window.open(mailto, '_blank', 'noopener');
  else window.location.href = mailto;
}
