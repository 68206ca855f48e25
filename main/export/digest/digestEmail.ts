import { calendarDate } from '../meetingRecord/recordWording';
import type { DateStyle } from '../../../shared/dateFormat';
import type { DigestItem, DigestModel, DueState, MemberDigest } from './digestModel';

/**
 * A digest as a ready-to-send email: plain text in short sections, and a `mailto:` link when the whole draft fits
 * in a link that mail programs accept (about 1,800 characters); longer drafts go out as a text file instead.
 */
export const MAILTO_LIMIT = 1800;

const sections: ReadonlyArray<[DueState, string]> = [
  ['overdue', 'Overdue'],
  ['due-soon', 'Due in the next 7 days'],
  ['later', 'Due later'],
  ['no-date', 'No due date yet'],
];

function itemLine(item: DigestItem, dateStyle: DateStyle): string {
  const due = item.dueOn ? `due ${calendarDate(item.dueOn, dateStyle)}` : 'no due date';
  const status = item.status === 'Open' ? '' : `, ${item.status.toLowerCase()}`;
  const source = item.source ? ` (from ${item.source})` : '';
  return `- ${item.title}: ${due}${status}${source}`;
}

export function digestSubject(model: Pick<DigestModel, 'coalitionName'>, digest: MemberDigest): string {
  if (digest.items.length === 0) return `No open action items with ${model.coalitionName}`;
  return `Your open action items with ${model.coalitionName} (${digest.items.length})`;
}

export function digestBody(model: Pick<DigestModel, 'coalitionName' | 'generatedOn' | 'dateStyle'>, digest: MemberDigest): string {
  const parts = [`Hello ${digest.name},`, ''];
  if (digest.items.length === 0) {
    parts.push(`You have no open action items with ${model.coalitionName} as of ${calendarDate(model.generatedOn, model.dateStyle)}. Thank you!`);
  } else {
    parts.push(`Here are your open action items with ${model.coalitionName} as of ${calendarDate(model.generatedOn, model.dateStyle)}:`);
    for (const [state, heading] of sections) {
      const items = digest.items.filter((item) => item.dueState === state);
      if (items.length > 0) parts.push('', `${heading}:`, ...items.map((item) => itemLine(item, model.dateStyle)));
    }
    parts.push('', 'If something has changed, please reply with a short update so the coalition record stays current.');
  }
  parts.push('', 'Thank you,', model.coalitionName);
  return parts.join('\n');
}

/** RFC 6068: addresses, subject and body percent-encoded, line breaks as CRLF. */
export function mailtoUrl(to: string | null, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to ? encodeURIComponent(to).replace(/%40/g, '@') : ''}?subject=${encode(subject)}&body=${encode(body)}`;
}

export interface EmailDraft {
  subject: string;
  body: string;
  /** null when the draft is too long for a link: save it as a text file instead. */
  mailto: string | null;
}

export function emailDraft(model: Pick<DigestModel, 'coalitionName' | 'generatedOn' | 'dateStyle'>, digest: MemberDigest): EmailDraft {
  const subject = digestSubject(model, digest);
  const body = digestBody(model, digest);
  const url = mailtoUrl(digest.email, subject, body);
  return { subject, body, mailto: url.length <= MAILTO_LIMIT ? url : null };
}

/** Everyone's drafts in one text file, each with its recipient and subject, ready to paste into a mail program. */
export function digestsText(model: DigestModel): string {
  return model.digests
    .map((digest) =>
      [`To: ${digest.name}${digest.email ? ` <${digest.email}>` : ''}`, `Subject: ${digestSubject(model, digest)}`, '', digestBody(model, digest)].join('\n'),
    )
    .join(`\n\n${'-'.repeat(60)}\n\n`)
    .concat('\n');
}
