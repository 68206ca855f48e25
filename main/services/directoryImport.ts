import type { ChannelParsedInput, ImportPreviewResult } from '../../shared/contract';
import { memberInputSchema, organizationInputSchema } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { importFieldsOf, type ColumnMapping, type ImportKind } from '../../shared/importFields';
import { recordAudit } from '../db/auditRepository';
import { directoryLookups } from '../db/directoryLookups';
import type { Db } from '../db/openDatabase';
import { findMember, revealMemberIdentity } from '../db/memberRepository';
import { findOrganization } from '../db/organizationRepository';
import { emptyColumnMapping, fieldLabel, guessColumnMapping, missingRequiredFields } from '../import/columnMapping';
import { parseCsv } from '../import/csvParser';
import { withoutOurFormulaGuard } from '../import/ourExportGuard';
import { type ImportPreview, type ImportRowResult, type MemberImportInput, type OrganizationImportInput, importRows } from '../import/importRows';
import { createMember, updateMember } from './members';
import { createOrganization, updateOrganization } from './organizations';
import type { ServiceContext } from './serviceContext';
import { requireFound, workspaceDb } from './workspaceTransaction';

type ImportRequest = ChannelParsedInput<'directory.importPreview'>;
type AnyPreview = ImportPreview<OrganizationImportInput> | ImportPreview<MemberImportInput>;

const MAX_REPORTED_PROBLEMS = 50;

/** Reads the file, settles the column mapping and classifies every row; writes nothing but the audit of protected matches. */
function prepareImport(context: ServiceContext, input: ImportRequest) {
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const parsed = parseCsv(bytes);
  if (!parsed.ok) throw new AppError('VALIDATION', parsed.error.message, { fieldErrors: { file: [parsed.error.message] } });
  const { headers, rows } = withoutOurFormulaGuard(bytes, parsed.csv);
  const mapping = input.mapping ? chosenMapping(input.kind, input.mapping, headers.length) : guessColumnMapping(input.kind, headers);
  const db = workspaceDb(context);
  const protectedMatches = new Set<string>();
  const lookups = directoryLookups(db, (memberId) => protectedMatches.add(memberId));
  const preview: AnyPreview =
    input.kind === 'organizations'
      ? importRows('organizations', rows, mapping as ColumnMapping<'organizations'>, lookups, { duplicates: input.duplicates })
      : importRows('members', rows, mapping as ColumnMapping<'members'>, lookups, { duplicates: input.duplicates });
  auditProtectedMatches(context, db, protectedMatches, input.fileName);
  return { headers, rows, mapping, preview, missingFields: missingRequiredFields(input.kind, mapping) };
}

export function previewImport(context: ServiceContext, input: ImportRequest): ImportPreviewResult {
  const { headers, rows, mapping, preview, missingFields } = prepareImport(context, input);
  const nameColumn = (mapping as Record<string, number | null>)[input.kind === 'organizations' ? 'name' : 'fullName'] ?? null;
  return {
    headers,
    mapping,
    fields: importFieldsOf(input.kind).map((id) => ({ id, label: fieldLabel(input.kind, id) })),
    missingFields,
    rows: (preview.rows as ImportRowResult<OrganizationImportInput | MemberImportInput>[]).map((row, index) => ({
      line: row.line,
      status: row.status,
      // A row that could not be read still shows the name it was given, so the person can find it in the file.
      label: row.input ? rowLabel(row.input) : nameColumn === null ? '' : (rows[index]?.cells[nameColumn] ?? '').trim(),
      messages: row.messages,
    })),
    counts: preview.counts,
  };
}

/** All or nothing: any row with a problem, or a required column not chosen, and nothing is written. */
export function commitImport(context: ServiceContext, input: ImportRequest): { created: number; updated: number; skipped: number } {
  const { preview, missingFields } = prepareImport(context, input);
  if (missingFields.length > 0) throw new AppError('VALIDATION', missingFields[0] ?? 'Choose the columns first.', { fieldErrors: { mapping: missingFields } });
  const problems = preview.rows.filter((row) => row.status === 'error');
  if (problems.length > 0) {
    const lines = problems.slice(0, MAX_REPORTED_PROBLEMS).map((row) => `Line ${row.line}: ${row.messages.join(' ')}`);
    throw new AppError('VALIDATION', `${problems.length} row${problems.length === 1 ? ' has' : 's have'} problems, so nothing was imported. Fix them and try again.`, {
      fieldErrors: { rows: lines },
    });
  }
  const db = workspaceDb(context);
  return db.transaction(() => {
    const result = { created: 0, updated: 0, skipped: 0 };
    for (const row of preview.rows as ImportRowResult<OrganizationImportInput | MemberImportInput>[]) {
      if (row.status === 'duplicate' || !row.input) result.skipped += 1;
      else if (row.status === 'new') {
        createRecord(context, input.kind, row.input);
        result.created += 1;
      } else {
        updateRecord(context, input.kind, row as ImportRowResult<OrganizationImportInput | MemberImportInput> & { existingId: string });
        result.updated += 1;
      }
    }
    return result;
  })();
}

function auditProtectedMatches(context: ServiceContext, db: Db, memberIds: ReadonlySet<string>, fileName: string): void {
  if (memberIds.size === 0) return;
  const at = context.now().toISOString();
  db.transaction(() => {
    for (const memberId of memberIds) {
      recordAudit(db, { profile: context.profile, entity: 'member', entityId: memberId, action: 'matched by an import', changes: { file: fileName } }, at);
    }
  })();
}

function createRecord(context: ServiceContext, kind: ImportKind, input: OrganizationImportInput | MemberImportInput): void {
  if (kind === 'organizations') createOrganization(context, input as OrganizationImportInput);
  else createMember(context, input as MemberImportInput);
}

/** An update changes only the fields the file gave; everything else stays as it was. */
function updateRecord(context: ServiceContext, kind: ImportKind, row: ImportRowResult<OrganizationImportInput | MemberImportInput> & { existingId: string }): void {
  const db = workspaceDb(context);
  const id = row.existingId;
  if (kind === 'organizations') {
    const current = organizationInputSchema.parse(requireFound(findOrganization(db, id), 'organization'));
    updateOrganization(context, { id, ...overlay(current, row.input, row.presentFields) });
  } else {
    const stored = { ...requireFound(findMember(db, id), 'member'), ...requireFound(revealMemberIdentity(db, id), 'member') };
    const current = memberInputSchema.parse(stored);
    updateMember(context, { id, ...overlay(current, row.input, row.presentFields) });
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

function rowLabel(input: OrganizationImportInput | MemberImportInput): string {
  if ('name' in input) return input.name;
  return input.protectedIdentity && input.displayName ? input.displayName : input.fullName;
}
