import { type z } from 'zod';
import { memberInputSchema, organizationInputSchema } from '../../shared/contract/directorySchemas';
import { type CsvRow } from './csvParser';
import { defaultInvolvement, defaultOrganizationKind } from './importDefaults';
import { type ColumnMapping } from '../../shared/importFields';
import { memberRowInput, type MemberRowDefaults, type OrganizationResolver } from './memberRowInput';
import { normalizeKey } from './normalizeKey';
import { organizationRowInput, type OrganizationRowDefaults } from './organizationRowInput';
import { type RowInputBuilder } from './rowInputBuilder';
import { ValueReaders } from './valueReaders';

/**
 * Turns parsed CSV rows into a preview of what an import would do, row by row: validated inputs
 * with their status (new, update of an existing record, duplicate, error) and messages. Pure: the
 * directory is reached only through the lookups passed in, so the caller commits in one transaction.
 */
export type OrganizationImportInput = z.output<typeof organizationInputSchema>;
export type MemberImportInput = z.output<typeof memberInputSchema>;

export const importRowStatuses = ['new', 'update', 'duplicate', 'error'] as const;
export type ImportRowStatus = (typeof importRowStatuses)[number];

export interface ImportRowResult<I> {
  line: number;
  status: ImportRowStatus;
  /** The validated input, except for errors. */
  input?: I;
  /** The record in the directory this row matches, for 'update' and for duplicates of it. */
  existingId?: string;
  /** Dotted input paths the row gave values for: an update should change only these. */
  presentFields: string[];
  messages: string[];
}

export interface ImportPreview<I> {
  rows: ImportRowResult<I>[];
  counts: Record<ImportRowStatus, number>;
}

export interface ExistingRecord {
  id: string;
}

export interface MemberKey {
  email: string;
  fullName: string;
  organizationId: string | null;
}

export interface OrganizationImportLookups {
  /** The organization with this name (compared case-insensitively), or null. */
  findOrganizationByName(name: string): ExistingRecord | null;
}

export interface MemberImportLookups extends OrganizationImportLookups {
  /** The member with this email, or else with this full name in this organization, or null. */
  findMember(key: MemberKey): ExistingRecord | null;
}

export interface ImportOptions {
  /** What a row matching a record already in the directory does. */
  duplicates: 'skip' | 'update';
  organizationDefaults?: Partial<OrganizationRowDefaults>;
  memberDefaults?: MemberRowDefaults;
  /** Reads choice cells through the person's value mapping, and notes the values it did not recognise. */
  values?: ValueReaders;
  onProgress?: (done: number, total: number) => void;
}

interface Validator<I> {
  safeParse(value: unknown): z.ZodSafeParseResult<I>;
}

export interface RowKind<I> {
  read(cells: readonly string[]): RowInputBuilder<string>;
  schema: Validator<I>;
  fileKeys(input: I): string[];
  findExisting(input: I): ExistingRecord | null;
}

const progressEvery = 250;

function emptyCounts(): Record<ImportRowStatus, number> {
  return { new: 0, update: 0, duplicate: 0, error: 0 };
}

/** The schema's complaints, less those about cells the row could not read: it said so already. */
function schemaMessages(issues: readonly z.core.$ZodIssue[], builder: RowInputBuilder<string>): string[] {
  return issues.filter((issue) => !builder.failedKeys.has(String(issue.path[0]))).map((issue) => issue.message);
}

export function validate<I>(kind: RowKind<I>, row: CsvRow): ImportRowResult<I> {
  const builder = kind.read(row.cells);
  const parsed = kind.schema.safeParse(builder.input);
  const messages = [...builder.messages, ...(parsed.success ? [] : schemaMessages(parsed.error.issues, builder))];
  const presentFields = builder.presentPaths;
  if (!parsed.success || messages.length > 0) return { line: row.line, status: 'error', presentFields, messages };
  return { line: row.line, status: 'new', input: parsed.data, presentFields, messages: [] };
}

/**
 * Classifies rows one at a time, remembering the keys seen earlier in the file, so a caller can stop between rows
 * (an import job checks its rows in slices and yields in between).
 */
export class RowClassifier<I> {
  private readonly firstLineOfKey = new Map<string, number>();
  private readonly rows: ImportRowResult<I>[] = [];
  private readonly counts = emptyCounts();

  constructor(
    private readonly kind: RowKind<I>,
    private readonly options: ImportOptions,
  ) {}

  add(row: CsvRow): void {
    const result = classify(this.kind, validate(this.kind, row), this.firstLineOfKey, this.options);
    this.counts[result.status]++;
    this.rows.push(result);
  }

  preview(): ImportPreview<I> {
    return { rows: this.rows, counts: this.counts };
  }
}

export function previewRows<I>(kind: RowKind<I>, rows: readonly CsvRow[], options: ImportOptions): ImportPreview<I> {
  const classifier = new RowClassifier(kind, options);
  rows.forEach((row, index) => {
    classifier.add(row);
    if (options.onProgress && ((index + 1) % progressEvery === 0 || index + 1 === rows.length)) options.onProgress(index + 1, rows.length);
  });
  return classifier.preview();
}

function classify<I>(kind: RowKind<I>, result: ImportRowResult<I>, firstLineOfKey: Map<string, number>, options: ImportOptions): ImportRowResult<I> {
  if (result.status === 'error' || !result.input) return result;
  const keys = kind.fileKeys(result.input);
  const earlier = keys.map((key) => firstLineOfKey.get(key)).find((line) => line !== undefined);
  if (earlier !== undefined) return { ...result, status: 'duplicate', messages: [sameAsEarlierRow(earlier)] };
  for (const key of keys) firstLineOfKey.set(key, result.line);

  const existing = kind.findExisting(result.input);
  if (!existing) return result;
  if (options.duplicates === 'update')
    return { ...result, status: 'update', existingId: existing.id, messages: ['Already in the directory: will be updated.'] };
  return { ...result, status: 'duplicate', existingId: existing.id, messages: ['Already in the directory: skipped.'] };
}

/** A duplicate inside the file says so: it is not (yet) in the directory. */
export function sameAsEarlierRow(row: number): string {
  return `Same as row ${row} of this file: skipped.`;
}

function cachedOrganizationResolver(lookups: OrganizationImportLookups): OrganizationResolver {
  const cache = new Map<string, ReturnType<OrganizationResolver>>();
  return (name) => {
    const key = normalizeKey(name);
    let resolved = cache.get(key);
    if (!resolved) {
      const found = lookups.findOrganizationByName(name);
      resolved = found ? { ok: true, value: found.id } : { ok: false, message: `Unknown organization '${name}': add or import it first.` };
      cache.set(key, resolved);
    }
    return resolved;
  };
}

export function organizationRowKind(
  mapping: ColumnMapping<'organizations'>,
  lookups: OrganizationImportLookups,
  options: ImportOptions,
): RowKind<OrganizationImportInput> {
  const defaults = { kind: defaultOrganizationKind, involvement: defaultInvolvement, ...options.organizationDefaults };
  return {
    read: (cells) => organizationRowInput(cells, mapping, defaults, options.values),
    schema: organizationInputSchema,
    fileKeys: (input) => [`name:${normalizeKey(input.name)}`],
    findExisting: (input) => lookups.findOrganizationByName(input.name),
  };
}

export function importOrganizationRows(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<'organizations'>,
  lookups: OrganizationImportLookups,
  options: ImportOptions,
): ImportPreview<OrganizationImportInput> {
  return previewRows(organizationRowKind(mapping, lookups, options), rows, options);
}

export function memberFileKeys(input: MemberImportInput, organizationKey = input.organizationId ?? ''): string[] {
  const byName = `name:${normalizeKey(input.fullName)}|${organizationKey}`;
  return input.email ? [`email:${input.email.toLowerCase()}`, byName] : [byName];
}

export function memberRowKind(mapping: ColumnMapping<'members'>, lookups: MemberImportLookups, options: ImportOptions): RowKind<MemberImportInput> {
  const resolveOrganization = cachedOrganizationResolver(lookups);
  return {
    read: (cells) => memberRowInput(cells, mapping, resolveOrganization, options.values ?? new ValueReaders(), options.memberDefaults),
    schema: memberInputSchema,
    fileKeys: (input) => memberFileKeys(input),
    findExisting: (input) => lookups.findMember({ email: input.email, fullName: input.fullName, organizationId: input.organizationId }),
  };
}

export function importMemberRows(
  rows: readonly CsvRow[],
  mapping: ColumnMapping<'members'>,
  lookups: MemberImportLookups,
  options: ImportOptions,
): ImportPreview<MemberImportInput> {
  return previewRows(memberRowKind(mapping, lookups, options), rows, options);
}

export function importRows(
  kind: 'organizations',
  rows: readonly CsvRow[],
  mapping: ColumnMapping<'organizations'>,
  lookups: OrganizationImportLookups,
  options: ImportOptions,
): ImportPreview<OrganizationImportInput>;
export function importRows(
  kind: 'members',
  rows: readonly CsvRow[],
  mapping: ColumnMapping<'members'>,
  lookups: MemberImportLookups,
  options: ImportOptions,
): ImportPreview<MemberImportInput>;
export function importRows(
  kind: 'organizations' | 'members',
  rows: readonly CsvRow[],
  mapping: ColumnMapping<'organizations'> | ColumnMapping<'members'>,
  lookups: OrganizationImportLookups | MemberImportLookups,
  options: ImportOptions,
): ImportPreview<OrganizationImportInput> | ImportPreview<MemberImportInput> {
  return kind === 'organizations'
    ? importOrganizationRows(rows, mapping as ColumnMapping<'organizations'>, lookups, options)
    : importMemberRows(rows, mapping as ColumnMapping<'members'>, lookups as MemberImportLookups, options);
}
