import type { AppEvent } from '../../shared/contract';
import type { RpcResult } from '../../shared/errors';

/** What api.ts needs from a host: the desktop bridge and the browser-mode HTTP client both provide it. */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<RpcResult<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
