import { ApiError } from '../api';

const unexpectedMessage = 'Something went wrong. Please try again.';

/** The words a person sees for a failure: the host's own message, never a stack trace. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : unexpectedMessage;
}
