import type { z } from 'zod';
import { type ChannelName, type ChannelOutput, type ChannelParsedInput, contract, isChannelName } from '../../shared/contract';
import type { DataArea } from '../../shared/dataAreas';
import { dataChangedBy } from '../../shared/dataChanges';
import { AppError, type RpcResult } from '../../shared/errors';
import { ioAppError } from '../fs/ioErrors';
import { logError } from '../log';

export type Handlers = {
  [C in ChannelName]: (input: ChannelParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface Router {
  /** Validates, runs and answers one call. Never throws: every outcome is a typed result. */
  invoke(channel: unknown, input: unknown): Promise<RpcResult<unknown>>;
}

export interface RouterOptions {
  /** Called before a channel that counts as the person being active (see ChannelSpec.touchesSession). */
  onActivity?: () => void;
  /** Called after a call succeeded that may have changed records, with the areas it may have changed (shared/dataChanges.ts). */
  onDataChanged?: (areas: readonly DataArea[]) => void;
}

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  return {
    async invoke(channel, input) {
      if (!isChannelName(channel)) {
        return { ok: false, error: { code: 'NOT_FOUND', message: 'Unknown request.' } };
      }
      const spec = contract[channel];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: validationError(parsed.error).toShape() };
      if (spec.touchesSession) options.onActivity?.();
      try {
        const handler = handlers[channel] as (value: unknown) => unknown;
        const value = spec.output.parse(await handler(parsed.data));
        const changed = dataChangedBy(channel);
        if (changed.length > 0) options.onDataChanged?.(changed);
        return { ok: true, value };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toShape() };
        logError(`channel ${channel} failed`, error);
        const io = ioAppError(error);
        if (io) return { ok: false, error: io.toShape() };
        return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. Your data was not changed.' } };
      }
    },
  };
}

export function validationError(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0]?.message ?? 'Some values are not valid.';
  return new AppError('VALIDATION', first, { fieldErrors });
}
