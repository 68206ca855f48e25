import { catalogue, createMeasure, setMeasureSet, updateMeasure } from '../services/dataCatalogue';
import { loadSubmission, periodOverview, saveSubmission } from '../services/dataSubmissions';
import { setSmallNumbers, smallNumbers } from '../services/dataSmallNumbers';
import type { ServiceContext } from '../services/serviceContext';
import type { Handlers } from './router';

export type DataHandlers = Pick<
  Handlers,
  | 'data.catalogue'
  | 'data.setMeasureSet'
  | 'data.createMeasure'
  | 'data.updateMeasure'
  | 'data.overview'
  | 'data.submission'
  | 'data.saveSubmission'
  | 'data.smallNumbers'
  | 'data.setSmallNumbers'
>;

/** Data review (issue 14): one line per channel, the rules live in services. */
export function createDataHandlers(context: ServiceContext): DataHandlers {
  return {
    'data.catalogue': () => catalogue(context),
    'data.setMeasureSet': (input) => setMeasureSet(context, input),
    'data.createMeasure': (input) => createMeasure(context, input),
    'data.updateMeasure': (input) => updateMeasure(context, input),
    'data.overview': (input) => periodOverview(context, input),
    'data.submission': (input) => loadSubmission(context, input),
    'data.saveSubmission': (input) => saveSubmission(context, input),
    'data.smallNumbers': () => smallNumbers(context),
    'data.setSmallNumbers': (input) => setSmallNumbers(context, input),
  };
}
