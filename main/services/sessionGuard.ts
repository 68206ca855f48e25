import { AppError } from '../../shared/errors';
import type { OpenWorkspace } from '../workspace/openWorkspace';
import type { ServiceContext } from './serviceContext';

/** After an await: the workspace a change was started on must still be the open one, or nothing is saved. */
export function assertStillOpen(context: ServiceContext, workspace: OpenWorkspace): void {
  if (context.session.workspace !== workspace) {
    throw new AppError('LOCKED', 'The workspace was locked before the change could be saved. Nothing was changed.');
  }
}
