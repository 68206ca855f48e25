import type { Measure } from '../../shared/contract';
import type { BreakdownId } from '../../shared/dataBreakdowns';
import type { PeriodKind } from '../../shared/dataPeriods';
import type { SectorId } from '../../shared/stakeholderSectors';
import type { StorageExecutor } from './engine/storageEngine';

/** The measures catalogue (migration 0130): one row per measure, one definition row per version of its wording. */

export interface MeasureFields {
  name: string;
  definition: string;
  unit: string;
  period: PeriodKind;
  sectors: readonly SectorId[];
  breakdowns: readonly BreakdownId[];
  within24hOf: string | null;
}

export async function insertMeasure(
  db: StorageExecutor,
  row: { id: string; setId: string; builtinKey: string | null; position: number },
  fields: MeasureFields,
  at: string,
): Promise<void> {
  await db
    .insertInto('data_measures')
    .values({
      id: row.id,
      set_id: row.setId,
      builtin_key: row.builtinKey,
      name: fields.name,
      unit: fields.unit,
      period_kind: fields.period,
      sectors: JSON.stringify(fields.sectors),
      breakdowns: JSON.stringify(fields.breakdowns),
      within_24h_of: fields.within24hOf,
      definition_version: 1,
      position: row.position,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db.insertInto('data_measure_definitions').values({ measure_id: row.id, version: 1, definition: fields.definition, created_at: at }).execute();
}

/** Writes the fields; a new wording becomes the next definition version, and the earlier wordings stay. */
export async function updateMeasure(db: StorageExecutor, before: Measure, fields: MeasureFields, at: string): Promise<void> {
  const newDefinition = fields.definition !== before.definition;
  const version = newDefinition ? before.definitionVersion + 1 : before.definitionVersion;
  await db
    .updateTable('data_measures')
    .set({
      name: fields.name,
      unit: fields.unit,
      period_kind: fields.period,
      sectors: JSON.stringify(fields.sectors),
      breakdowns: JSON.stringify(fields.breakdowns),
      within_24h_of: fields.within24hOf,
      definition_version: version,
      updated_at: at,
    })
    .where('id', '=', before.id)
    .execute();
  if (newDefinition)
    await db.insertInto('data_measure_definitions').values({ measure_id: before.id, version, definition: fields.definition, created_at: at }).execute();
}

export async function setSetActive(db: StorageExecutor, setId: string, active: boolean, at: string): Promise<void> {
  await db
    .updateTable('data_measures')
    .set({ active: active ? 1 : 0, updated_at: at })
    .where('set_id', '=', setId)
    .execute();
}

/** Built-in measures already copied into the catalogue, by key. */
export async function builtInMeasureIds(db: StorageExecutor): Promise<Map<string, string>> {
  const rows = await db.selectFrom('data_measures').select(['id', 'builtin_key']).where('builtin_key', 'is not', null).execute();
  return new Map(rows.map((row) => [row.builtin_key ?? '', row.id]));
}

export async function nextMeasurePosition(db: StorageExecutor): Promise<number> {
  const row = await db
    .selectFrom('data_measures')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return (row?.last ?? -1) + 1;
}

interface MeasureFilter {
  id?: string;
  activeOnly?: boolean;
  kind?: PeriodKind;
}

/** Measures in catalogue order, each with its current definition. */
export async function listMeasures(db: StorageExecutor, filter: MeasureFilter = {}): Promise<Measure[]> {
  const rows = await db
    .selectFrom('data_measures as m')
    .innerJoin('data_measure_definitions as d', (join) => join.onRef('d.measure_id', '=', 'm.id').onRef('d.version', '=', 'm.definition_version'))
    .select([
      'm.id',
      'm.set_id',
      'm.builtin_key',
      'm.name',
      'd.definition',
      'm.definition_version',
      'm.unit',
      'm.period_kind',
      'm.sectors',
      'm.breakdowns',
      'm.within_24h_of',
      'm.active',
    ])
    .$if(filter.id !== undefined, (query) => query.where('m.id', '=', filter.id ?? ''))
    .$if(filter.activeOnly === true, (query) => query.where('m.active', '=', 1))
    .$if(filter.kind !== undefined, (query) => query.where('m.period_kind', '=', filter.kind ?? 'quarterly'))
    .orderBy('m.position')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    setId: row.set_id,
    builtinKey: row.builtin_key,
    name: row.name,
    definition: row.definition,
    definitionVersion: row.definition_version,
    unit: row.unit,
    period: row.period_kind as PeriodKind,
    sectors: JSON.parse(row.sectors) as SectorId[],
    breakdowns: JSON.parse(row.breakdowns) as BreakdownId[],
    within24hOf: row.within_24h_of,
    active: row.active === 1,
  }));
}

export async function findMeasure(db: StorageExecutor, id: string): Promise<Measure | undefined> {
  return (await listMeasures(db, { id }))[0];
}

/** The wording of each (measure, version) asked for. */
export async function definitionTexts(db: StorageExecutor, measureIds: readonly string[]): Promise<Map<string, string>> {
  if (measureIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('data_measure_definitions')
    .select(['measure_id', 'version', 'definition'])
    .where('measure_id', 'in', [...measureIds])
    .execute();
  return new Map(rows.map((row) => [`${row.measure_id}@${row.version}`, row.definition]));
}
