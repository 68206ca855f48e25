import fs from 'node:fs';
import type { ChannelParsedInput, WorkspaceSummary } from '../../shared/contract';
import type { ServiceContext } from '../services/serviceContext';
import { createNewWorkspace } from '../services/workspaceAccess';
import { fillSampleCoalition } from './fillSampleCoalition';
import { SAMPLE_COALITION } from './sampleOrganizations';

/**
 * "Try it with a sample coalition": a real encrypted workspace, protected by the person's own passphrase,
 * holding a fictional coalition. If filling it fails, the half-made workspace is removed again.
 */
export async function createSampleWorkspace(
  context: ServiceContext,
  input: ChannelParsedInput<'workspace.createSample'>,
): Promise<{ workspace: WorkspaceSummary; recoveryCode: string }> {
  const created = await createNewWorkspace(context, { ...SAMPLE_COALITION, passphrase: input.passphrase, location: input.location, timeZone: null });
  try {
    await fillSampleCoalition(context);
  } catch (error) {
    context.session.lock('user');
    context.recent.forget(created.workspace.path);
    fs.rmSync(created.workspace.path, { recursive: true, force: true });
    throw error;
  }
  return created;
}
