import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { ReactElement } from 'react';
import type { AppEvent, AppStatus, ChannelInput, ChannelName, ChannelOutput, WorkspaceDetails, WorkspaceSummary } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/errors';
import { ApiError, invoke, subscribeToEvents } from '../../../renderer/api';
import { AppProviders, createAppQueryClient } from '../../../renderer/AppProviders';

type Handlers = { [C in ChannelName]?: (input: ChannelInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>> };

/** Answers contract calls the way the main process would; a channel without an answer fails loudly. */
export function answerChannels(handlers: Handlers): void {
  vi.mocked(invoke).mockImplementation((async (channel: ChannelName, input: unknown) => {
    const handler = handlers[channel] as ((input: unknown) => unknown) | undefined;
    if (!handler) throw new ApiError({ code: 'UNSUPPORTED', message: `The test gave no answer for ${channel}.` });
    return handler(input);
  }) as typeof invoke);
}

export function failWith(shape: AppErrorShape): never {
  throw new ApiError(shape);
}

/** Lets a test push an event as the host would. */
export function captureEvents(): (event: AppEvent) => void {
  const listeners = new Set<(event: AppEvent) => void>();
  vi.mocked(subscribeToEvents).mockImplementation((next) => {
    listeners.add(next);
    return () => listeners.delete(next);
  });
  return (event) => listeners.forEach((listener) => listener(event));
}

export function renderWithProviders(ui: ReactElement, queryClient = createAppQueryClient()) {
  return render(<AppProviders queryClient={queryClient}>{ui}</AppProviders>);
}

export function callsTo(channel: ChannelName): unknown[] {
  return vi
    .mocked(invoke)
    .mock.calls.filter(([called]) => called === channel)
    .map(([, input]) => input);
}

export const sampleWorkspace: WorkspaceSummary = {
  id: '0198f2c4-0000-7000-8000-000000000001',
  name: 'Riverside Youth Safety Coalition',
  jurisdiction: { state: 'Oregon', region: 'Lane County' },
  path: '/home/sam/Coalition Desk/Riverside Youth Safety Coalition.coalition',
};

export function lockedStatus(recent: AppStatus['recent'] = []): AppStatus {
  return {
    host: { kind: 'browser', canPickFolders: false },
    session: { state: 'locked' },
    recent,
    defaultLocation: '/home/sam/Coalition Desk',
  };
}

export function unlockedStatus(): AppStatus {
  return { ...lockedStatus(), session: { state: 'unlocked', workspace: sampleWorkspace, storage: 'workspace' } };
}

export const sampleDetails: WorkspaceDetails = {
  workspace: sampleWorkspace,
  createdAt: '2026-03-04T15:00:00.000Z',
  sizeBytes: 196_608,
  lastBackup: null,
  autoLockMinutes: 10,
  schemaVersion: 1,
};
