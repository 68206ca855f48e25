import type { ExportRequestOf } from '../../shared/contract';
import { appendAudit } from '../db/auditRepository';
import { chunksOf } from '../db/engine/chunks';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { findMembersByIds } from '../db/memberStore';
import { findOrganizationsByIds } from '../db/organizationStore';
import { readRosterOrganizations, readRosterPlaces, revealMemberIdentities } from '../db/rosterRepository';
import type { RowFeed, TableRow } from '../export/exportJob';
import type { PreparedExport } from '../export/preparedExport';
import { type RosterMember, type RosterOptions, type RosterRowKey, rosterHeaders, rosterRowCells, rosterRowKeys } from '../export/rosterRows';
import { MIME_TYPES } from '../export/tableFile';
import { toMember, toOrganization } from './directoryRecords';
import { exportFileNameIn } from './exportFileName';
import { loadPreferences } from './preferences';
import { feedInChunks } from './rowFeed';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

const DATE_HEADERS = new Set(['Start date', 'End date']);

/**
 * The roster as a file for partners without the app, through the export jobs like every file. Preparing reads only
 * the rows' order (organizations by name, then their people); the cells go to the export worker a chunk at a time,
 * as it asks, so no roster is ever whole in memory. Protected identities are shown by display name or left out,
 * unless the exporter chose to include them for this one export, which the file name and the history then say.
 */
export async function prepareRosterExport(
  context: ServiceContext,
  request: ExportRequestOf<'roster'>,
  trx: StorageExecutor,
  at: string,
): Promise<PreparedExport<'table-csv' | 'table-xlsx'>> {
  const options = rosterOptionsOf(request.protectedMembers);
  const places = (await readRosterPlaces(trx)).map((place) => ({ ...place, protectedIdentity: place.protectedIdentity === 1 }));
  const keys = rosterRowKeys(await readRosterOrganizations(trx), places, options);
  const { dateStyle } = await loadPreferences(trx);
  await appendAudit(
    trx,
    {
      profile: context.profile,
      entity: 'roster',
      entityId: null,
      action: 'exported',
      changes: { format: request.format, protectedMembers: request.protectedMembers, rows: keys.length },
    },
    at,
  );
  return {
    renderer: `table-${request.format}`,
    model: {
      sheetName: 'Roster',
      headers: [...rosterHeaders],
      rows: [],
      fedRows: keys.length,
      dateColumns: rosterHeaders.map((header) => DATE_HEADERS.has(header)),
      dateStyle,
    },
    feed: rosterRowFeed(() => storage(context), keys, options),
    fileName: await exportFileNameIn(trx, context.now(), 'roster', request.format, options.includeProtected ? 'includes protected identities' : undefined),
    mimeType: MIME_TYPES[request.format],
  };
}

function rosterOptionsOf(protectedMembers: ExportRequestOf<'roster'>['protectedMembers']): RosterOptions {
  return protectedMembers === 'include' ? { includeProtected: true } : { includeProtected: false, protectedMembers };
}

/**
 * The rows of the roster, a chunk at a time, read from the records as they then are: someone archived or removed
 * since the export began keeps no row, and an organization's details are those of the moment its chunk is read.
 */
export function rosterRowFeed(readDb: () => StorageExecutor, keys: readonly RosterRowKey[], options: RosterOptions): RowFeed {
  return feedInChunks(keys, (chunk) => rosterChunk(readDb(), chunk, options));
}

async function rosterChunk(db: StorageExecutor, keys: readonly RosterRowKey[], options: RosterOptions): Promise<TableRow[]> {
  const organizations = new Map(
    (
      await findOrganizationsByIds(
        db,
        keys.flatMap((key) => key.organizationId ?? []),
      )
    ).map((row) => [row.id, toOrganization(row)]),
  );
  const members = new Map(
    (
      await findMembersByIds(
        db,
        keys.flatMap((key) => key.memberId ?? []),
      )
    )
      .filter((row) => row.archivedAt === null)
      .map((row) => [row.id, toMember(row)]),
  );
  if (options.includeProtected) await revealProtected(db, members);
  const read = { organization: (id: string) => organizations.get(id), member: (id: string) => members.get(id) };
  return keys.flatMap((key) => {
    const cells = rosterRowCells(key, read, options);
    return cells ? [cells] : [];
  });
}

/** Only when the exporter chose to include protected identities: their full names and contact details. */
async function revealProtected(db: StorageExecutor, members: Map<string, RosterMember>): Promise<void> {
  const hidden = [...members.values()].filter((member) => member.protectedIdentity).map((member) => member.id);
  for (const chunk of chunksOf(hidden)) {
    for (const identity of await revealMemberIdentities(db, chunk)) {
      const member = members.get(identity.id);
      if (member) members.set(identity.id, { ...member, ...identity });
    }
  }
}
