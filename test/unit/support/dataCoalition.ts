// The data tests' coalition on either engine: the meetings tests' roster with the P.L. 113-183 measure set on.
import type { Catalogue } from '../../../shared/contract';
import { deskRoster } from './deskRoster';
import type { DeskUnderTest } from './eachDesk';

/** The catalogue's measure ids by built-in key. */
export function byKey(catalogue: Catalogue): Record<string, string> {
  return Object.fromEntries(catalogue.measures.flatMap((measure) => (measure.builtinKey ? [[measure.builtinKey, measure.id]] : [])));
}

export async function plCoalition(subject: DeskUnderTest) {
  const roster = await deskRoster(subject);
  const catalogue = await subject.t.call('data.setMeasureSet', { setId: 'pl-113-183', active: true });
  return { ...roster, measures: byKey(catalogue) };
}
