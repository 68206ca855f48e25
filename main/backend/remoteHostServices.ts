import type { HostInfo } from '../../shared/contract';
import { AppError, type RpcResult } from '../../shared/errors';
import type { HostServices } from '../services/hostServices';
import { logError } from '../log';
import type { HostServiceRequest } from './protocol';

export type AskHost = (request: HostServiceRequest) => Promise<RpcResult<unknown>>;

/** The backend's view of the host's services: each one is a request to the host, answered by the host's own. */
export function remoteHostServices(info: HostInfo, ask: AskHost): HostServices {
  const answer = async (request: HostServiceRequest): Promise<unknown> => {
    const result = await ask(request);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value;
  };
  return {
    info,
    pickFolder: async (title) => (await answer({ service: 'pickFolder', ...(title === undefined ? {} : { title }) })) as string | null,
    notify: ({ title, body }) => {
      answer({ service: 'notify', title, body }).catch((error: unknown) => logError('showing a notification', error));
    },
    chooseSavePath: async ({ fileName, defaultFolder }) => (await answer({ service: 'chooseSavePath', fileName, defaultFolder })) as string | null,
    showInFolder: async (filePath) => {
      await answer({ service: 'showInFolder', path: filePath });
    },
    openFile: async (filePath) => {
      await answer({ service: 'openFile', path: filePath });
    },
  };
}

/** The host side: runs one request with the host's real services. */
export async function runHostService(host: HostServices, request: HostServiceRequest): Promise<unknown> {
  switch (request.service) {
    case 'pickFolder':
      return host.pickFolder(request.title);
    case 'notify':
      host.notify({ title: request.title, body: request.body });
      return null;
    case 'chooseSavePath':
      return host.chooseSavePath({ fileName: request.fileName, defaultFolder: request.defaultFolder });
    case 'showInFolder':
      await host.showInFolder(request.path);
      return null;
    case 'openFile':
      await host.openFile(request.path);
      return null;
  }
}
