import type { ChannelParsedInput, DataReview } from '../../shared/contract';
import { MAX_SNAPSHOT_PERIODS, dataSnapshotSchema } from '../../shared/contract/agendaReviewSchemas';
import { parsePeriod, shiftPeriod } from '../../shared/dataPeriods';
import { AppError } from '../../shared/errors';
import { seriesTotals } from '../db/agendaDataSeries';
import { snapshotsOfItems, writeSnapshotRow } from '../db/agendaReviewRepository';
import { listMeasures } from '../db/dataMeasureRepository';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { requireReviewItem } from './agendaReviews';
import { readSmallNumbers } from './dataSmallNumbers';
import { buildDataSnapshot } from './dataSnapshotTable';
import { recordMeetingChange } from './meetingAudit';
import { requireEditable } from './meetingEditability';
import type { ServiceContext } from './serviceContext';
import { inTransaction, storage } from './workspaceTransaction';

/**
 * A data review agenda item shows a snapshot of chosen measures over chosen periods, taken when the facilitator asks
 * and kept as it was: corrections made to the figures later do not change it; taking it again does (explicitly).
 */

/** A stored snapshot read back through its schema; a damaged one reads as not taken. */
export function parseStoredSnapshot(figures: string | null): DataReview['snapshot'] {
  if (figures === null) return null;
  const parsed = dataSnapshotSchema.safeParse(JSON.parse(figures));
  return parsed.success ? parsed.data : null;
}

async function reviewOf(db: StorageExecutor, itemId: string): Promise<DataReview> {
  const { editable } = await requireReviewItem(db, itemId, 'data-review');
  const [row] = await snapshotsOfItems(db, [itemId]).execute();
  if (!row) return { itemId, editable, choice: null, snapshot: null };
  return {
    itemId,
    editable,
    choice: { periodKind: row.periodKind, from: row.fromPeriod, to: row.toPeriod, measureIds: JSON.parse(row.measureIds) as string[] },
    snapshot: parseStoredSnapshot(row.figures),
  };
}

export function dataReview(context: ServiceContext, { itemId }: { itemId: string }): Promise<DataReview> {
  return reviewOf(storage(context), itemId);
}

const choiceError = (field: string, message: string) => new AppError('VALIDATION', message, { fieldErrors: { [field]: [message] } });

/** The periods from `from` to `to`, both of the chosen kind, at most MAX_SNAPSHOT_PERIODS. */
function periodsBetween(kind: ChannelParsedInput<'agendaReviews.takeDataSnapshot'>['periodKind'], from: string, to: string) {
  const first = parsePeriod(from);
  const last = parsePeriod(to);
  const kindWord = kind === 'monthly' ? 'a month (2026-03)' : 'a quarter (2026-Q1)';
  if (first?.kind !== kind) throw choiceError('from', `Choose ${kindWord} to start from.`);
  if (last?.kind !== kind) throw choiceError('to', `Choose ${kindWord} to end with.`);
  if (from > to) throw choiceError('to', 'The last period comes before the first. Swap them.');
  const periods = [first];
  for (let id = from; id !== to;) {
    id = shiftPeriod(id, 1);
    const period = parsePeriod(id);
    if (period) periods.push(period);
    if (periods.length > MAX_SNAPSHOT_PERIODS) throw choiceError('to', `Choose at most ${MAX_SNAPSHOT_PERIODS} periods.`);
  }
  return periods.map((period) => ({ id: period.id, label: period.label }));
}

export function takeDataSnapshot(context: ServiceContext, input: ChannelParsedInput<'agendaReviews.takeDataSnapshot'>): Promise<DataReview> {
  const periods = periodsBetween(input.periodKind, input.from, input.to);
  const measureIds = [...new Set(input.measureIds)];
  return inTransaction(context, async (trx, at) => {
    const { item } = await requireReviewItem(trx, input.itemId, 'data-review');
    await requireEditable(trx, item.meetingId);
    const known = new Map((await listMeasures(trx, { kind: input.periodKind })).map((measure) => [measure.id, measure]));
    const measures = measureIds.map((id) => known.get(id));
    if (measures.some((measure) => measure === undefined)) {
      throw choiceError(
        'measureIds',
        `Choose measures counted ${input.periodKind === 'monthly' ? 'monthly' : 'quarterly'} from the data catalogue. One of them is not there (any more).`,
      );
    }
    const totals = await seriesTotals(trx, measureIds, input.from, input.to);
    const { threshold } = await readSmallNumbers(trx);
    const snapshot = buildDataSnapshot({
      periodKind: input.periodKind,
      threshold,
      periods,
      measures: measures.flatMap((measure) => (measure ? [{ id: measure.id, name: measure.name, unit: measure.unit, definition: measure.definition }] : [])),
      totals,
      takenAt: at,
      takenBy: context.profile,
    });
    await writeSnapshotRow(
      trx,
      item.id,
      { periodKind: input.periodKind, from: input.from, to: input.to, measureIds, figures: JSON.stringify(snapshot), takenBy: context.profile },
      at,
    );
    await recordMeetingChange(context, trx, at, {
      id: item.meetingId,
      action: 'data snapshot taken',
      changes: { itemId: item.id, from: input.from, to: input.to, measureIds },
    });
    return reviewOf(trx, item.id);
  });
}
