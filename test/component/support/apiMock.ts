/** Stands in for renderer/api.ts: `vi.mock('../../renderer/api', () => import('./support/apiMock'))`. */
import { vi } from 'vitest';
import type * as Api from '../../../renderer/api';

const actual = await vi.importActual<typeof Api>('../../../renderer/api');

export const ApiError = actual.ApiError;
export const isApiError = actual.isApiError;
export const onLockedError = actual.onLockedError;
export const invoke = vi.fn<typeof Api.invoke>();
export const subscribeToEvents = vi.fn<typeof Api.subscribeToEvents>(() => () => undefined);
export const connectionKind = vi.fn<typeof Api.connectionKind>(() => 'browser');
export const onConnectionChange = vi.fn<typeof Api.onConnectionChange>(() => () => undefined);
