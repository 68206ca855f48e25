import { uuidv7 } from 'uuidv7';
import type { Catalogue, ChannelParsedInput, Measure } from '../../shared/contract';
import { CUSTOM_SET, type MeasureSetId, measureSetById, measureSets } from '../../shared/dataMeasureSets';
import { AppError } from '../../shared/errors';
import { appendAudit } from '../db/auditRepository';
import {
  builtInMeasureIds,
  findMeasure,
  insertMeasure,
  listMeasures,
  type MeasureFields,
  nextMeasurePosition,
  setSetActive,
  updateMeasure as writeMeasure,
} from '../db/dataMeasureRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import type { ServiceContext } from './serviceContext';
import { inTransaction, requireFound, storage } from './workspaceTransaction';

/** The measures catalogue: built-in sets switched on or off, and the coalition's own measures. */

export async function loadCatalogue(db: StorageExecutor): Promise<Catalogue> {
  const measures = await listMeasures(db);
  const sets = measureSets.map((set) => {
    const own = measures.filter((measure) => measure.setId === set.id);
    return { id: set.id, label: set.label, description: set.description, active: own.some((measure) => measure.active), measureCount: set.measures.length };
  });
  return { sets, measures };
}

export const catalogue = (context: ServiceContext) => loadCatalogue(storage(context));

/**
 * Switching a set on copies the measures it does not have yet into the catalogue (a measure edited since keeps its
 * edits) and makes them all active; switching it off makes them inactive. Figures are never touched.
 */
export function setMeasureSet(context: ServiceContext, input: { setId: MeasureSetId; active: boolean }): Promise<Catalogue> {
  const set = measureSetById(input.setId);
  if (!set) throw new AppError('VALIDATION', 'That measure set is not one the app knows.');
  return inTransaction(context, async (trx, at) => {
    if (input.active) {
      const ids = await builtInMeasureIds(trx);
      let position = await nextMeasurePosition(trx);
      for (const builtIn of set.measures) {
        if (ids.has(builtIn.key)) continue;
        const id = uuidv7();
        const within24hOf = builtIn.within24hOf ? (ids.get(builtIn.within24hOf) ?? null) : null;
        await insertMeasure(trx, { id, setId: set.id, builtinKey: builtIn.key, position: position++ }, { ...builtIn, within24hOf }, at);
        ids.set(builtIn.key, id);
      }
    }
    await setSetActive(trx, set.id, input.active, at);
    await appendAudit(
      trx,
      { profile: context.profile, entity: 'data-measure-set', entityId: null, action: input.active ? 'switched-on' : 'switched-off', changes: { set: set.id } },
      at,
    );
    return loadCatalogue(trx);
  });
}

export function createMeasure(context: ServiceContext, input: ChannelParsedInput<'data.createMeasure'>): Promise<Measure> {
  return inTransaction(context, async (trx, at) => {
    await assertWithin24hOf(trx, input, null);
    const id = uuidv7();
    await insertMeasure(trx, { id, setId: CUSTOM_SET, builtinKey: null, position: await nextMeasurePosition(trx) }, input, at);
    await appendAudit(trx, { profile: context.profile, entity: 'data-measure', entityId: id, action: 'created', changes: { name: input.name } }, at);
    return requireFound(await findMeasure(trx, id), 'measure');
  });
}

/** A new definition becomes the measure's next version; figures keep the version they were counted under. */
export function updateMeasure(context: ServiceContext, input: ChannelParsedInput<'data.updateMeasure'>): Promise<Measure> {
  const { id, ...fields } = input;
  return inTransaction(context, async (trx, at) => {
    const before = requireFound(await findMeasure(trx, id), 'measure');
    await assertWithin24hOf(trx, fields, id);
    await writeMeasure(trx, before, fields, at);
    const changes = fields.definition === before.definition ? { name: fields.name } : { name: fields.name, definitionVersion: before.definitionVersion + 1 };
    await appendAudit(trx, { profile: context.profile, entity: 'data-measure', entityId: id, action: 'updated', changes }, at);
    return requireFound(await findMeasure(trx, id), 'measure');
  });
}

/** "Within 24 hours of" names another measure of the same period that is not itself such a part. */
async function assertWithin24hOf(db: StorageExecutor, fields: MeasureFields, self: string | null): Promise<void> {
  if (fields.within24hOf === null) return;
  const refuse = (message: string) => {
    throw new AppError('VALIDATION', message, { fieldErrors: { within24hOf: [message] } });
  };
  if (fields.within24hOf === self) refuse('A measure cannot be the within-24-hours part of itself.');
  const total = await findMeasure(db, fields.within24hOf);
  if (!total) return refuse('That measure is not in the catalogue. Reload the page and choose again.');
  if (total.period !== fields.period) refuse(`“${total.name}” is counted ${total.period}; its within-24-hours part must be counted the same way.`);
  if (total.within24hOf !== null) refuse(`“${total.name}” is itself a within-24-hours part; choose the measure it counts from.`);
}
