import type { ChannelParsedInput, ExportedFile, ImportPreviewResult, ValueMappings } from '../../shared/contract';
import { memberInputSchema, organizationInputSchema } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { importFieldsOf, type ColumnMapping, type ImportKind } from '../../shared/importFields';
import { valueCategories } from '../../shared/importValues';
import { appendAudit } from '../db/auditRepository';
import { type DirectorySnapshot, readDirectorySnapshot } from '../db/directorySnapshot';
import { directoryLookups, directorySnapshotVersion } from '../import/directoryLookups';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { loadValueMappings, saveValueMappings } from '../db/importValueMappingRepository';
import { toCsv } from '../export/toCsv';
import { emptyColumnMapping, fieldLabel, guessColumnMapping, missingRequiredFields } from '../import/columnMapping';
import type { CsvRow } from '../import/csvParser';
import {
  type ImportOptions,
  type ImportRowResult,
  type MemberImportInput,
  type MemberImportLookups,
  type OrganizationImportInput,
  type RowKind,
  RowClassifier,
  memberRowKind,
  organizationRowKind,
} from '../import/importRows';
import { type OrganizationRegistry } from '../import/organizationRegistry';
import { peopleRowKind } from '../import/peopleRows';
import { ValueReaders } from '../import/valueReaders';
import type { ImportJobControl, ImportResult } from './importJobs';
import { addMember, reviseMember, storedMember } from './members';
import { addOrganization, addOrganizations, reviseOrganization, storedOrganization } from './organizations';
import type { ServiceContext } from './serviceContext';
import { dropStagedImport, readImportFile, stagedImport } from './stagedImports';
import { inTransaction, storage } from './workspaceTransaction';

type ImportRequest = ChannelParsedInput<'directory.importPreview'>;
type AnyInput = OrganizationImportInput | MemberImportInput;
type AnyRow = ImportRowResult<AnyInput>;

const MAX_REPORTED_PROBLEMS = 50;

/** The file of the request: staged once (the wizard), or sent with a single call. */
function requestFile(context: ServiceContext, input: ImportRequest) {
  if (input.stagedId) {
    const staged = stagedImport(context, input.stagedId);
    return { fileName: staged.fileName, csv: staged.csv };
  }
  return { fileName: input.fileName ?? '', csv: readImportFile(Buffer.from(input.contentBase64 ?? '', 'base64')) };
}

/** The remembered mappings of this workspace, overridden by what the person chose in this import. */
function mergedValueMappings(stored: ValueMappings, chosen: ValueMappings = {}): ValueMappings {
  return Object.fromEntries(valueCategories.map((category) => [category, { ...stored[category], ...chosen[category] }]));
}

function importOptions(input: ImportRequest, values: ValueReaders): ImportOptions {
  const { defaults } = input;
  return {
    duplicates: input.duplicates,
    values,
    ...(defaults
      ? {
          organizationDefaults: { kind: defaults.kind, involvement: defaults.involvement },
          memberDefaults: { coalitionRole: defaults.coalitionRole, votingMember: defaults.votingMember },
        }
      : {}),
  };
}

/** How this request's rows are read: organizations, members, or people with their organizations. */
function rowKindOf(
  input: ImportRequest,
  rows: readonly CsvRow[],
  mapping: ColumnMapping<ImportKind>,
  lookups: MemberImportLookups,
  options: ImportOptions,
): { kind: RowKind<AnyInput>; organizations: OrganizationRegistry | null } {
  if (input.kind === 'people') return peopleRowKind(rows, mapping as ColumnMapping<'people'>, lookups, options);
  if (input.kind === 'organizations')
    return { kind: organizationRowKind(mapping as ColumnMapping<'organizations'>, lookups, options) as RowKind<AnyInput>, organizations: null };
  return { kind: memberRowKind(mapping as ColumnMapping<'members'>, lookups, options) as RowKind<AnyInput>, organizations: null };
}

/** What the rows are checked against, read once: the directory's names and the remembered value mappings. */
async function readImportContext(context: ServiceContext) {
  const db = storage(context);
  return { directory: await readDirectorySnapshot(db), storedMappings: await loadValueMappings(db) };
}

type ImportContext = Awaited<ReturnType<typeof readImportContext>>;

/** The file read and its mapping settled; the rows are classified next, all at once or in slices. */
function startPreparing(context: ServiceContext, input: ImportRequest, known: ImportContext) {
  const { fileName, csv } = requestFile(context, input);
  const { headers, rows } = csv;
  const mapping = input.mapping ? chosenMapping(input.kind, input.mapping, headers.length) : guessColumnMapping(input.kind, headers);
  const protectedMatches = new Set<string>();
  const lookups = directoryLookups(known.directory, (memberId) => protectedMatches.add(memberId));
  const values = new ValueReaders(mergedValueMappings(known.storedMappings, input.valueMappings));
  const options = importOptions(input, values);
  const { kind, organizations } = rowKindOf(input, rows, mapping, lookups, options);
  return {
    fileName,
    headers,
    rows,
    mapping,
    values,
    organizations,
    protectedMatches,
    classifier: new RowClassifier(kind, options),
    missingFields: missingRequiredFields(input.kind, mapping),
  };
}

type Preparing = ReturnType<typeof startPreparing>;

/** Every row classified: records the protected members the file matched (the only write of a preview). */
async function finishPreparing(context: ServiceContext, preparing: Preparing) {
  const { fileName, headers, rows, mapping, values, organizations, missingFields } = preparing;
  await auditProtectedMatches(context, preparing.protectedMatches, fileName);
  return { fileName, headers, rows, mapping, values, organizations, missingFields, preview: preparing.classifier.preview() };
}

function classifyAll(context: ServiceContext, input: ImportRequest, known: ImportContext): Promise<Prepared> {
  const preparing = startPreparing(context, input, known);
  for (const row of preparing.rows) preparing.classifier.add(row);
  return finishPreparing(context, preparing);
}

/** Reads the file, settles the column mapping and classifies every row; writes nothing but the audit of protected matches. */
async function prepareImport(context: ServiceContext, input: ImportRequest): Promise<Prepared> {
  return classifyAll(context, input, await readImportContext(context));
}

/** Rows checked between two pauses of a job: a few milliseconds of work, so other calls wait no longer than that. */
const CHECKED_ROWS_PER_SLICE = 200;
/** New organizations written per batch of statements (and per progress step while writing). */
const ORGANIZATIONS_PER_WRITE = 500;

/**
 * prepareImport for a job: the rows are checked in slices with a pause between them (where other calls are answered
 * and a cancel stops it). If the directory changed meanwhile (a record added or renamed in another window), the rows
 * are checked again at once, so the commit never writes from a stale reading.
 */
async function prepareImportInSlices(context: ServiceContext, input: ImportRequest, job: ImportJobControl): Promise<Prepared> {
  const known = await readImportContext(context);
  const preparing = startPreparing(context, input, known);
  const { rows, classifier } = preparing;
  for (let index = 0; index < rows.length; index += 1) {
    classifier.add(rows[index] as CsvRow);
    const done = index + 1;
    if (done % CHECKED_ROWS_PER_SLICE === 0 || done === rows.length) {
      job.progress('checking', done, rows.length);
      await job.pause();
    }
  }
  const now = await readImportContext(context);
  if (directoryChanged(known.directory, now.directory)) return classifyAll(context, input, now);
  return finishPreparing(context, preparing);
}

function directoryChanged(before: DirectorySnapshot, after: DirectorySnapshot): boolean {
  return directorySnapshotVersion(before) !== directorySnapshotVersion(after);
}

type Prepared = Awaited<ReturnType<typeof finishPreparing>>;

function nameColumnOf(kind: ImportKind, mapping: ColumnMapping<ImportKind>): number | null {
  return (mapping as Record<string, number | null>)[kind === 'organizations' ? 'name' : 'fullName'] ?? null;
}

/** A row that could not be read still shows the name it was given, so the person can find it in the file. */
function shownLabel(prepared: Prepared, kind: ImportKind, row: AnyRow, index: number): string {
  if (row.input) return rowLabel(row.input);
  const nameColumn = nameColumnOf(kind, prepared.mapping);
  return nameColumn === null ? '' : (prepared.rows[index]?.cells[nameColumn] ?? '').trim();
}

export async function previewImport(context: ServiceContext, input: ImportRequest): Promise<ImportPreviewResult> {
  const prepared = await prepareImport(context, input);
  const { headers, mapping, preview, missingFields, values, organizations } = prepared;
  return {
    headers,
    mapping,
    fields: importFieldsOf(input.kind).map((id) => ({ id, label: fieldLabel(input.kind, id) })),
    missingFields,
    rows: preview.rows.map((row, index) => ({
      line: row.line,
      status: row.status,
      label: shownLabel(prepared, input.kind, row, index),
      messages: row.messages,
    })),
    counts: preview.counts,
    values: values.unknownValues().map((value) => ({ ...value, chosen: values.chosenFor(value) })),
    organizations: organizations ? organizationCounts(preview.rows, organizations) : null,
  };
}

/** The organizations the rows to be written need: created by the commit, or already in the directory. */
function organizationCounts(rows: readonly AnyRow[], organizations: OrganizationRegistry): { new: number; matched: number } {
  const created = new Set<string>();
  const matched = new Set<string>();
  for (const row of rows) {
    const id = row.input && 'organizationId' in row.input ? row.input.organizationId : null;
    if (row.status === 'error' || !id) continue;
    (organizations.newOrganization(id) ? created : matched).add(id);
  }
  return { new: created.size, matched: matched.size };
}

function refuseProblems(problems: readonly AnyRow[]): never {
  const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((row) => `Row ${row.line}: ${row.messages.join(' ')}`);
  const have = problems.length === 1 ? 'row has a problem' : 'rows have problems';
  throw new AppError('VALIDATION', `${problems.length} ${have}, so nothing was imported. Fix them, or choose to import the good rows and skip these.`, {
    fieldErrors: { rows: lines },
  });
}

/** Starts the import as a job (services/importJobs.ts); its status and `import.job` events tell how it goes. */
export function startImport(context: ServiceContext, input: ImportRequest): { jobId: string; rows: number } {
  const rows = requestFile(context, input).csv.rows.length;
  const { jobId } = context.importJobs.start(context.session.requireOpened(), (job) => runImport(context, input, job));
  return { jobId, rows };
}

/** The same job, answered when it ends. */
export async function commitImport(context: ServiceContext, input: ImportRequest): Promise<ImportResult> {
  const { ended } = context.importJobs.start(context.session.requireOpened(), (job) => runImport(context, input, job));
  const status = await ended;
  if (status.state === 'finished') return status.result;
  if (status.state === 'failed')
    throw new AppError(status.error.code, status.error.message, status.error.fieldErrors ? { fieldErrors: status.error.fieldErrors } : {});
  throw new AppError('CONFLICT', 'The import was cancelled. Nothing was imported.');
}

async function runImport(context: ServiceContext, input: ImportRequest, job: ImportJobControl): Promise<ImportResult> {
  const prepared = await prepareImportInSlices(context, input, job);
  return writeImport(context, input, prepared, job);
}

/**
 * One transaction on the storage engine, all or nothing. It awaits nothing but the database, so on the workspace it
 * runs to its end within one turn of the event loop (no other call runs inside it; a cancel then finds it finished).
 * By default any row with a problem, or a required column not chosen, and nothing is written. With problemRows 'skip',
 * the good rows are written and the others counted as problems.
 */
async function writeImport(context: ServiceContext, input: ImportRequest, prepared: Prepared, job: ImportJobControl): Promise<ImportResult> {
  const { preview, missingFields, organizations } = prepared;
  if (missingFields.length > 0) throw new AppError('VALIDATION', missingFields[0] ?? 'Choose the columns first.', { fieldErrors: { mapping: missingFields } });
  const problems = preview.rows.filter((row) => row.status === 'error');
  if (problems.length > 0 && input.problemRows === 'refuse') refuseProblems(problems);
  const toWrite = preview.rows.length - problems.length;
  const result = await inTransaction(context, async (trx, at) => {
    const counts = { created: 0, updated: 0, skipped: 0, problems: problems.length, organizationsCreated: 0 };
    const createdOrganizations = new Map<string, string>();
    const organizationIdOf = async (id: string | null): Promise<string | null> => {
      const pending = organizations?.newOrganization(id);
      if (!pending) return id;
      let created = createdOrganizations.get(pending.placeholderId);
      if (!created) {
        created = await addOrganization(context, trx, at, pending.input);
        createdOrganizations.set(pending.placeholderId, created);
        counts.organizationsCreated += 1;
      }
      return created;
    };
    // New organizations are written many at a time (a few statements for hundreds of rows); members one by one, as
    // each is checked against the records written before it (one primary representative, unique emails).
    const newOrganizations: OrganizationImportInput[] = [];
    const writeNewOrganizations = async () => {
      if (newOrganizations.length === 0) return;
      counts.created += (await addOrganizations(context, trx, at, newOrganizations.splice(0))).length;
      job.progress('writing', counts.created + counts.updated + counts.skipped, toWrite);
    };
    for (const row of preview.rows) {
      if (row.status === 'error') continue;
      if (row.status === 'duplicate' || !row.input) counts.skipped += 1;
      else if (row.status === 'new' && input.kind === 'organizations') {
        newOrganizations.push(row.input as OrganizationImportInput);
        if (newOrganizations.length >= ORGANIZATIONS_PER_WRITE) await writeNewOrganizations();
        continue;
      } else if (row.status === 'new') {
        await createRecord(context, trx, at, input.kind, await withOrganization(row.input, organizationIdOf));
        counts.created += 1;
      } else {
        await updateRecord(context, trx, at, input.kind, { ...row, input: await withOrganization(row.input, organizationIdOf) } as AnyRow & {
          existingId: string;
        });
        counts.updated += 1;
      }
      job.progress('writing', counts.created + counts.updated + counts.skipped, toWrite);
    }
    await writeNewOrganizations();
    if (input.valueMappings) await saveValueMappings(trx, input.valueMappings, at);
    return counts;
  });
  if (input.stagedId) dropStagedImport(context, input.stagedId);
  return result;
}

async function withOrganization(input: AnyInput, organizationIdOf: (id: string | null) => Promise<string | null>): Promise<AnyInput> {
  return 'organizationId' in input ? { ...input, organizationId: await organizationIdOf(input.organizationId) } : input;
}

/** The rows the import leaves out (problems and duplicates), with their row number and the reasons, to fix and import again. */
export async function importSkippedRows(context: ServiceContext, input: ImportRequest): Promise<ExportedFile> {
  const { fileName, headers, rows, preview } = await prepareImport(context, input);
  const skipped = preview.rows
    .map((row, index) => ({ row, cells: rows[index]?.cells ?? [] }))
    .filter(({ row }) => row.status === 'error' || (row.status === 'duplicate' && !row.existingId));
  const content = toCsv(
    ['Row', 'Why it was skipped', ...headers],
    skipped.map(({ row, cells }) => [row.line, row.messages.join(' '), ...cells]),
  );
  const stem = fileName.replace(/\.[^.]*$/, '') || 'import';
  return { fileName: `${stem} - skipped rows.csv`, mimeType: 'text/csv', contentBase64: Buffer.from(content, 'utf8').toString('base64'), rows: skipped.length };
}

async function auditProtectedMatches(context: ServiceContext, memberIds: ReadonlySet<string>, fileName: string): Promise<void> {
  if (memberIds.size === 0) return;
  await inTransaction(context, async (trx, at) => {
    for (const memberId of memberIds) {
      await appendAudit(
        trx,
        { profile: context.profile, entity: 'member', entityId: memberId, action: 'matched by an import', changes: { file: fileName } },
        at,
      );
    }
  });
}

/** Written as a form writes it (the forms' own steps: checks, history and search entries), without the form's read-back. */
async function createRecord(context: ServiceContext, trx: StorageExecutor, at: string, kind: ImportKind, input: AnyInput): Promise<void> {
  if (kind === 'organizations') await addOrganization(context, trx, at, input as OrganizationImportInput);
  else await addMember(context, trx, at, input as MemberImportInput);
}

/** An update changes only the fields the file gave; everything else stays as it was. */
async function updateRecord(context: ServiceContext, trx: StorageExecutor, at: string, kind: ImportKind, row: AnyRow & { existingId: string }): Promise<void> {
  const id = row.existingId;
  if (kind === 'organizations') {
    const current = organizationInputSchema.parse(await storedOrganization(trx, id));
    await reviseOrganization(context, trx, at, { id, ...overlay(current, row.input, row.presentFields) });
  } else {
    const current = memberInputSchema.parse(await storedMember(trx, id));
    const presentFields = kind === 'people' ? row.presentFields.map((path) => (path === 'organization' ? 'organizationId' : path)) : row.presentFields;
    await reviseMember(context, trx, at, { id, ...overlay(current, row.input, presentFields) });
  }
}

function overlay<T extends object>(current: T, incoming: unknown, paths: readonly string[]): T {
  const merged = structuredClone(current) as Record<string, unknown>;
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop();
    if (!last) continue;
    let source = incoming as Record<string, unknown>;
    let target = merged;
    for (const key of keys) {
      source = (source?.[key] ?? {}) as Record<string, unknown>;
      target = (target[key] ??= {}) as Record<string, unknown>;
    }
    if (source && last in source) target[last] = source[last];
  }
  return merged as T;
}

function chosenMapping(kind: ImportKind, chosen: Record<string, number | null>, columns: number): ColumnMapping<ImportKind> {
  const mapping = emptyColumnMapping(kind) as Record<string, number | null>;
  for (const field of Object.keys(mapping)) {
    const column = chosen[field];
    if (column !== undefined && column !== null && column < columns) mapping[field] = column;
  }
  return mapping as ColumnMapping<ImportKind>;
}

function rowLabel(input: AnyInput): string {
  if ('name' in input) return input.name;
  return input.protectedIdentity && input.displayName ? input.displayName : input.fullName;
}
