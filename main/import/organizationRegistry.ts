import { randomUUID } from 'node:crypto';
import { organizationInputSchema } from '../../shared/contract/directorySchemas';
import { type CellValue } from './cellValues';
import { type OrganizationImportInput, type OrganizationImportLookups } from './importRows';
import { normalizeKey } from './normalizeKey';
import { organizationRowInput, type OrganizationRowDefaults } from './organizationRowInput';
import { type ColumnMapping } from '../../shared/importFields';
import { type ValueReaders } from './valueReaders';

/** An organization a people file names that is not in the directory yet: created by the commit, if a row needs it. */
export interface NewOrganization {
  /** Stands for the organization's id until the commit creates it. */
  placeholderId: string;
  input: OrganizationImportInput;
  line: number;
}

/**
 * The organizations of a people file, by name (case, spaces and punctuation ignored): one already in the directory
 * is matched and left as it is; a new one takes its details from the first row naming it whose organization cells
 * are all readable.
 */
export class OrganizationRegistry {
  private readonly matched = new Map<string, string>();
  private readonly created = new Map<string, NewOrganization>();
  private readonly byPlaceholder = new Map<string, NewOrganization>();

  constructor(
    private readonly lookups: OrganizationImportLookups,
    private readonly mapping: ColumnMapping<'organizations'>,
    private readonly defaults: OrganizationRowDefaults,
    private readonly values: ValueReaders,
  ) {}

  resolve(name: string, cells: readonly string[], line: number): CellValue<string> {
    const key = normalizeKey(name);
    const known = this.matched.get(key) ?? this.created.get(key)?.placeholderId;
    if (known) return { ok: true, value: known };
    const existing = this.lookups.findOrganizationByName(name);
    if (existing) {
      this.matched.set(key, existing.id);
      return { ok: true, value: existing.id };
    }
    const row = organizationRowInput(cells, this.mapping, this.defaults, this.values);
    const parsed = organizationInputSchema.safeParse(row.input);
    const messages = [
      ...row.messages,
      ...(parsed.success ? [] : parsed.error.issues.filter((issue) => !row.failedKeys.has(String(issue.path[0]))).map((issue) => issue.message)),
    ];
    if (!parsed.success || messages.length > 0) return { ok: false, message: `Organization '${name.trim()}': ${messages.join(' ')}` };
    const created = { placeholderId: randomUUID(), input: parsed.data, line };
    this.created.set(key, created);
    this.byPlaceholder.set(created.placeholderId, created);
    return { ok: true, value: created.placeholderId };
  }

  newOrganization(placeholderId: string | null): NewOrganization | undefined {
    return placeholderId ? this.byPlaceholder.get(placeholderId) : undefined;
  }
}
