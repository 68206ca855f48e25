/** The one error shape that crosses the process boundary. Codes are stable; messages are for people. */
export const errorCodes = [
  'VALIDATION',
  'WRONG_PASSPHRASE',
  'TOO_MANY_ATTEMPTS',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'WORKSPACE_TOO_NEW',
  'WORKSPACE_DAMAGED',
  'WORKSPACE_IN_USE',
  'UNSUPPORTED',
  'IO',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  retryAfterMs?: number;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterMs?: number;

  constructor(code: ErrorCode, message: string, extra: Omit<AppErrorShape, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.fieldErrors) this.fieldErrors = extra.fieldErrors;
    if (extra.retryAfterMs !== undefined) this.retryAfterMs = extra.retryAfterMs;
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
      ...(this.retryAfterMs !== undefined ? { retryAfterMs: this.retryAfterMs } : {}),
    };
  }
}

export function isAppErrorShape(value: unknown): value is AppErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.message === 'string' && typeof candidate.code === 'string' && (errorCodes as readonly string[]).includes(candidate.code);
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
