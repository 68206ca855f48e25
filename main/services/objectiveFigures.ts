import type { FollowedFigures, LinkChoice } from '../../shared/contract';
import { measureSetById } from '../../shared/dataMeasureSets';
import type { PeriodKind } from '../../shared/dataPeriods';
import { type FigureOfMeasure, countedFigures } from '../../shared/objectiveFigureWindow';
import type { FigureSpan } from '../../shared/planStatus';
import type { StorageExecutor } from '../db/engine/storageEngine';
import { figuresOfMeasures, followedMeasures, measureChoiceRows, measureForFollowing } from '../db/objectiveMeasureRepository';
import type { ObjectiveRow } from '../db/planRepository';
import { readSmallNumbers } from './dataSmallNumbers';
import { referenceError } from './rosterReferences';
import type { ServiceContext } from './serviceContext';
import { storage } from './workspaceTransaction';

/** Objectives whose progress follows a catalogue measure: what they count now (two queries for any number of them). */
export async function followedFiguresOf(
  db: StorageExecutor,
  rows: readonly Pick<ObjectiveRow, 'id' | 'targetDate'>[],
  today: string,
): Promise<Map<string, FollowedFigures>> {
  const result = new Map<string, FollowedFigures>();
  const followed = await followedMeasures(
    db,
    rows.map((row) => row.id),
  );
  if (followed.length === 0) return result;
  const figures = await figuresOfMeasures(db, [...new Set(followed.map((measure) => measure.measureId))]);
  const { threshold } = await readSmallNumbers(db);
  const byMeasure = new Map<string, FigureOfMeasure[]>();
  for (const figure of figures) byMeasure.set(figure.measureId, [...(byMeasure.get(figure.measureId) ?? []), figure]);
  for (const measure of followed) {
    const targetDate = rows.find((row) => row.id === measure.objectiveId)?.targetDate ?? null;
    const active = measure.active === 1;
    const counted = active
      ? countedFigures({ periodKind: measure.periodKind as PeriodKind, span: measure.span }, byMeasure.get(measure.measureId) ?? [], {
          today,
          targetDate,
          threshold,
        })
      : null;
    result.set(measure.objectiveId, {
      measureId: measure.measureId,
      measureName: measure.measureName,
      unit: measure.unit,
      span: measure.span,
      measureActive: active,
      value: counted?.value ?? null,
      periodWords: counted?.periodWords ?? null,
      hiddenWhenShared: counted?.hiddenWhenShared ?? null,
    });
  }
  return result;
}

/**
 * The measure an objective is to follow must be in the catalogue and switched on; the one it already follows may
 * stay after its set was switched off (it then shows why progress stopped following).
 */
export async function requireFollowableMeasure(
  db: StorageExecutor,
  figures: { measureId: string; span: FigureSpan } | null,
  alreadyFollowed: string | null,
): Promise<{ measureId: string; span: FigureSpan }> {
  if (figures === null) throw referenceError('figures', 'Choose the measure whose figures progress follows.');
  const measure = await measureForFollowing(db, figures.measureId);
  if (!measure) throw referenceError('figures', 'That measure is not in the catalogue. Reload and choose another.');
  if (measure.active !== 1 && measure.id !== alreadyFollowed)
    throw referenceError('figures', `“${measure.name}” is switched off on the Data page. Switch its set on there first, or choose another measure.`);
  return figures;
}

export async function measureChoices(context: ServiceContext, { text }: { text: string }): Promise<LinkChoice[]> {
  const rows = await measureChoiceRows(storage(context), text);
  return rows.map((row) => ({
    id: row.id,
    label: row.name,
    detail: [`${row.unit}, counted ${row.periodKind}`, measureSetById(row.setId)?.label ?? 'The coalition’s own measures'].join(' · '),
  }));
}
