/**
 * The messages between a host (the browser-mode HTTP thread, or Electron's main process) and the backend (a worker
 * thread, or a utility process) that holds the composition root, the services and the database. One module, checked
 * with zod on arrival, independent of the transport: anything with send and a message listener carries it.
 */
import { z } from 'zod';
import { appEventSchema, hostInfoSchema } from '../../shared/contract';
import { errorCodes } from '../../shared/errors';

const callId = z.number().int().nonnegative();

export const appErrorShapeSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  retryAfterMs: z.number().optional(),
});

const rpcResultSchema = z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: appErrorShapeSchema })]);

/** What the backend needs to build the app: everything a host knows that the backend cannot find out itself. */
export const backendConfigSchema = z.object({
  dataDir: z.string().min(1),
  host: hostInfoSchema,
  nativeBinding: z.string().optional(),
  kdfCost: z.object({ N: z.number().int().positive(), r: z.number().int().positive(), p: z.number().int().positive() }).optional(),
  profile: z.string().optional(),
  exportWorkerFile: z.string().optional(),
  /** Where the reader worker (background integrity check, backups) is, when not beside the backend's bundle. */
  readerWorkerFile: z.string().optional(),
  warmExportWorker: z.boolean().optional(),
  /** Run on this PostgreSQL database (`--database`, already migrated, holding its coalition): its URL and its address shown without the password. */
  serverDatabase: z.object({ url: z.string(), address: z.string() }).optional(),
});
export type BackendConfig = z.infer<typeof backendConfigSchema>;

/** The host services (see main/app/hostServices.ts) as requests the backend sends back to the host. */
export const hostServiceRequestSchema = z.discriminatedUnion('service', [
  z.object({ service: z.literal('pickFolder'), title: z.string().optional() }),
  z.object({ service: z.literal('notify'), title: z.string(), body: z.string() }),
  z.object({ service: z.literal('chooseSavePath'), fileName: z.string(), defaultFolder: z.string().nullable() }),
  z.object({ service: z.literal('showInFolder'), path: z.string() }),
  z.object({ service: z.literal('openFile'), path: z.string() }),
]);
export type HostServiceRequest = z.infer<typeof hostServiceRequestSchema>;

export const lockReasonSchema = z.enum(['idle', 'user', 'shortcut', 'menu']);

export const toBackendSchema = z.discriminatedUnion('type', [
  /** Always the first message: builds the app. */
  z.object({ type: z.literal('start'), config: backendConfigSchema }),
  z.object({ type: z.literal('invoke'), id: callId, channel: z.unknown(), input: z.unknown() }),
  z.object({ type: z.literal('host.reply'), id: callId, result: rpcResultSchema }),
  z.object({ type: z.literal('lock'), reason: lockReasonSchema }),
  /** Locks and releases everything; the backend answers `closed` and may then be stopped. */
  z.object({ type: z.literal('close') }),
]);
export type ToBackend = z.infer<typeof toBackendSchema>;

export const toHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The app could not be built (the host reports it and does not restart). */
  z.object({ type: z.literal('failed'), message: z.string() }),
  /** The backend has begun a call: from here on its thread may be busy with it. */
  z.object({ type: z.literal('started'), id: callId }),
  z.object({ type: z.literal('result'), id: callId, result: rpcResultSchema }),
  z.object({ type: z.literal('event'), event: appEventSchema }),
  z.object({ type: z.literal('host.request'), id: callId, request: hostServiceRequestSchema }),
  z.object({ type: z.literal('closed') }),
]);
export type ToHost = z.infer<typeof toHostSchema>;

/**
 * One end of a message channel, whatever carries it (a worker's port, Electron's MessagePortMain, a test's
 * MessageChannel). Messages are structured-cloned, never shared.
 */
export interface MessageLink {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

/** The host's end of a running backend: a link, and the backend's end being gone (crash, or stopped). */
export interface BackendLink extends MessageLink {
  onExit(listener: (detail: string) => void): void;
  /** Stops the backend at once (after `closed`, or when it no longer answers). */
  stop(): void;
}
