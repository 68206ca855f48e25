import type { z } from 'zod';

/** A contract channel: its input and output schemas, declared once and used by every host and caller. */
export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Counts as the person being active at the keyboard (resets the idle auto-lock). */
  touchesSession?: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, options: { touchesSession?: boolean } = {}): ChannelSpec<I, O> {
  return { input, output, ...options };
}
