import type { ChannelParsedInput, ExportedFile } from '../../shared/contract';
import { listMembers, revealMemberIdentity } from '../db/memberRepository';
import { listOrganizations } from '../db/organizationRepository';
import { recordAudit } from '../db/auditRepository';
import { rosterRows } from '../export/rosterRows';
import { toCsv } from '../export/toCsv';
import { MIME_TYPES } from '../export/tableFile';
import { tableToXlsx } from '../export/xlsxWriter';
import { exportFileName } from './exportFileName';
import { readPreferences } from './preferences';
import type { ServiceContext } from './serviceContext';


/**
 * The roster as a file for partners without the app. Protected identities are shown by display name or
 * left out, unless the exporter chose to include them for this one export, which the file name and the
 * audit log then say.
 */
export async function exportRoster(context: ServiceContext, input: ChannelParsedInput<'directory.exportRoster'>): Promise<ExportedFile> {
  const { db } = context.session.require();
  const includeProtected = input.protectedMembers === 'include';
  const members = listMembers(db, { includeArchived: false }).map((member) =>
    includeProtected && member.protectedIdentity ? { ...member, ...revealMemberIdentity(db, member.id) } : member,
  );
  const table = rosterRows(listOrganizations(db, { includeArchived: false }), members, {
    includeProtected,
    ...(includeProtected ? {} : { protectedMembers: input.protectedMembers as 'display-name' | 'leave-out' }),
  });
  const content = input.format === 'csv' ? Buffer.from(toCsv(table.headers, table.rows), 'utf8') : await tableToXlsx(table, 'Roster', readPreferences(db).dateStyle);
  const at = context.now();
  recordAudit(
    db,
    { profile: context.profile, entity: 'roster', entityId: null, action: 'exported', changes: { format: input.format, protectedMembers: input.protectedMembers, rows: table.rows.length } },
    at.toISOString(),
  );
  return {
    fileName: exportFileName(context, 'roster', input.format, includeProtected ? 'includes protected identities' : undefined),
    mimeType: MIME_TYPES[input.format],
    contentBase64: content.toString('base64'),
    rows: table.rows.length,
  };
}
